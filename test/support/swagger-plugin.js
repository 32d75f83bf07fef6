// The @nestjs/swagger CLI plugin as a ts-jest AST transformer, with the options `nest build` uses
// (nest-cli.json), so the OpenAPI document the tests read is the one the service serves.
const { before } = require('@nestjs/swagger/plugin');
const nestCli = require('../../nest-cli.json');

const { options } = nestCli.compilerOptions.plugins.find((p) => p.name === '@nestjs/swagger');

module.exports = {
  name: 'nestjs-swagger-plugin',
  // ts-jest keys its cache on it: a change of options recompiles.
  version: JSON.stringify(options),
  factory: (tsCompiler) => before(options, tsCompiler.program),
};
