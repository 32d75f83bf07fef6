import { EmbeddingSources } from './embedding-sources';

describe('EmbeddingSources', () => {
  it('loads through the source the owner registered', async () => {
    const sources = new EmbeddingSources();
    sources.register('opening', async (ids) => ids.map((id) => ({ id, title: 'Kokk', requiredSkills: [] })));
    await expect(sources.load('opening', ['a'])).resolves.toEqual([{ id: 'a', title: 'Kokk', requiredSkills: [] }]);
  });

  it('names the type when no module registered a source for it, and refuses a second source', () => {
    const sources = new EmbeddingSources();
    expect(() => sources.load('mentor', ['a'])).toThrow(/No embedding source for mentor records/);
    sources.register('mentor', async () => []);
    expect(() => sources.register('mentor', async () => [])).toThrow(/registered already/);
  });
});
