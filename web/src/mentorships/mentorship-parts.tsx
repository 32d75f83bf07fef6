import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';
import { currentLanguage } from '../i18n';

export type Mentorship = Schemas['MentorshipView'];

const COLOURS = { proposed: 'info', active: 'success', completed: 'accent', ended: 'neutral' } as const;

/** A mentorship's state as a Tag, in the caseworkers' words. */
export function MentorshipState({ status }: { status: Mentorship['status'] }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={COLOURS[status]} data-size="sm">
      {t(`mentorshipFlow.status.${status}`)}
    </Tag>
  );
}

/** Whether and how the mentor has answered the e-mailed proposal. */
export function mentorAnswerText(m: Mentorship, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (m.mentorAnswer === 'accepted') return t('mentorshipFlow.answer.accepted', { date: shortDate(m.mentorAnsweredAt) });
  if (m.mentorAnswer === 'declined') return t('mentorshipFlow.answer.declined', { date: shortDate(m.mentorAnsweredAt) });
  return m.status === 'proposed' ? t('mentorshipFlow.answer.waiting') : t('mentorshipFlow.answer.none');
}

export function shortDate(iso: string | null | undefined): string {
  if (!iso) return '–';
  return new Date(iso).toLocaleDateString(currentLanguage() === 'en' ? 'en-GB' : 'nb-NO', { day: 'numeric', month: 'short', year: 'numeric' });
}
