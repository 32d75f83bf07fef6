import { Details, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';
import { currentLanguage } from '../i18n';

type Entry = Schemas['ConsentEntryView'];

/** Every grant and withdrawal of consent: when, what, who recorded it, and the text the candidate agreed to. */
export function ConsentHistory({ history }: { history: Entry[] }) {
  const { t } = useTranslation();
  const when = (iso: string) =>
    new Date(iso).toLocaleString(currentLanguage() === 'en' ? 'en-GB' : 'nb-NO', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  const who = (e: Entry) => (e.recordedBy.kind === 'migration' ? t('candidateForm.history.byMigration') : e.recordedBy.name ?? t(`candidateForm.history.by_${e.recordedBy.kind}`));
  return (
    <Details className="consent-history">
      <Details.Summary>{t('candidateForm.history.title', { count: history.length })}</Details.Summary>
      <Details.Content>
        <div className="table-wrap">
          <Table data-size="sm">
            <caption className="visually-hidden">{t('candidateForm.history.caption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('candidateForm.history.when')}</Table.HeaderCell>
                <Table.HeaderCell>{t('candidateForm.history.what')}</Table.HeaderCell>
                <Table.HeaderCell>{t('candidateForm.history.who')}</Table.HeaderCell>
                <Table.HeaderCell>{t('candidateForm.history.text')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {history.map((e, i) => (
                <Table.Row key={i}>
                  <Table.Cell>{when(e.recordedAt)}</Table.Cell>
                  <Table.Cell>{t(`candidateForm.history.${e.kind}_${e.granted ? 'granted' : 'withdrawn'}`)}</Table.Cell>
                  <Table.Cell>{who(e)}</Table.Cell>
                  <Table.Cell>
                    <span className="consent-history__text">{e.text}</span>{' '}
                    <span className="muted">({t('candidateForm.history.version', { version: e.textVersion })})</span>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      </Details.Content>
    </Details>
  );
}
