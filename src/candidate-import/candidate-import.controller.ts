import { Body, Controller, Headers, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiExtraModels, ApiOperation, ApiQuery, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, Roles } from '../common/auth.decorators';
import type { Principal } from '../common/principal';
import { ApiProblem, PROBLEM_MEDIA_TYPE, ProblemDetails } from '../common/openapi';
import { problem } from '../common/problems';
import { CandidateImportService } from './candidate-import.service';
import { CandidateImportQueryDto, CandidateImportReport, IMPORT_MODES } from './dto/candidate-import.dto';
import { COLUMN_DESCRIPTIONS, IMPORT_COLUMNS, isCsvMediaType, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, REQUIRED_COLUMNS } from './import-columns';
import { localeFrom } from '../common/language';

const CSV_EXAMPLE = `externalRef,fullName,municipalityCode,norwegianLevel,occupationCode,skills,interests,consentMatching,consentShareWithEmployers,languages
K-1001,Amina Yusuf,4601,A2,3313,regnskap|lønn,fjellturer|matlaging,true,true,so:native|en:B1
K-1002,Yonas Tesfay,5001,,,,fotball,true,false,
`;

const COLUMNS_DOC = IMPORT_COLUMNS.map(
  (c) => `- \`${c}\`${(REQUIRED_COLUMNS as readonly string[]).includes(c) ? ' (column required)' : ''}: ${COLUMN_DESCRIPTIONS[c]}`,
).join('\n');

const BODY_DOC = `UTF-8 CSV, separated by commas (or semicolons, as a Norwegian Excel saves it), with a header line.
Column names are case-sensitive and in any order; lists inside a cell are separated by \`|\`, booleans are \`true\`/\`false\`,
an empty optional cell means "not given". At most ${MAX_IMPORT_ROWS.toLocaleString('en')} rows and ${MAX_IMPORT_BYTES / 1024 / 1024} MB.

${COLUMNS_DOC}

Example:
\`\`\`
${CSV_EXAMPLE}\`\`\``;

/** Bulk registration of candidates by career centres, from their own systems' exports. */
@Controller('api/v1/candidates')
@Roles('admin', 'career_centre')
export class CandidateImportController {
  constructor(private readonly service: CandidateImportService) {}

  @Post('import')
  @ApiOperation({
    summary: 'Import candidates from CSV',
    description:
      'Every row is validated like POST /api/v1/candidates and reported row by row. By default nothing is written if any row fails (422 with the report); ' +
      '`?mode=partial` writes the valid rows. Rows are matched to earlier imports of the same organisation by `externalRef`: a changed row updates ' +
      'the candidate\'s imported fields, an unchanged one writes nothing, so importing a file twice changes nothing the second time.',
  })
  @ApiConsumes('text/csv')
  @ApiBody({ description: BODY_DOC, schema: { type: 'string' }, examples: { example: { value: CSV_EXAMPLE } } })
  @ApiQuery({ name: 'mode', required: false, enum: IMPORT_MODES, description: '`all` (default): all rows or none. `partial`: the valid rows.' })
  @ApiResponse({ status: 201, type: CandidateImportReport, description: 'Imported; at least one candidate was created.' })
  @ApiResponse({ status: 200, type: CandidateImportReport, description: 'Imported; no candidate was created (all updated, unchanged or, with mode=partial, failed).' })
  @ApiProblem(400, 'The file as a whole: empty, not UTF-8 CSV, broken quoting (naming the line), unknown or missing columns, no data rows.')
  @ApiProblem(413, `More than ${MAX_IMPORT_ROWS.toLocaleString('en')} rows or ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`)
  @ApiProblem(415, 'The body is not text/csv.')
  @ApiExtraModels(ProblemDetails)
  @ApiResponse({
    status: 422,
    description: 'Some rows failed and mode is `all`: nothing was written; `report` in the problem lists every row.',
    content: {
      [PROBLEM_MEDIA_TYPE]: {
        schema: {
          allOf: [
            { $ref: getSchemaPath(ProblemDetails) },
            { type: 'object', required: ['report'], properties: { report: { $ref: getSchemaPath(CandidateImportReport) } } },
          ],
        },
      },
    },
  })
  async import(
    @CurrentPrincipal() actor: Principal,
    @Headers('content-type') contentType: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Query() query: CandidateImportQueryDto,
    @Body() body: unknown,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CandidateImportReport> {
    if (!isCsvMediaType(contentType)) {
      throw problem('csv_wrong_media_type', { given: contentType ? contentType.split(';')[0] : { nb: 'uten Content-Type', en: 'without a Content-Type' } });
    }
    const report = await this.service.import(actor, typeof body === 'string' ? body : '', query.mode ?? 'all', localeFrom(acceptLanguage));
    res.status(report.totals.created > 0 ? 201 : 200);
    return report;
  }
}
