import type { AddSynonymDto } from './taxonomy.dto';

export const ADD_SYNONYM: AddSynonymDto = { label: 'sveising av rør', lang: 'nb' };
