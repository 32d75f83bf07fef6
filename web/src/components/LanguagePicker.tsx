import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, currentLanguage } from '../i18n';

/** Bokmål, Nynorsk or English: each name in its own language, so anyone finds theirs. */
export function LanguagePicker() {
  const { t, i18n } = useTranslation();
  return (
    <Field className="language-picker" data-size="sm">
      <Label>{t('app.language')}</Label>
      <Select value={currentLanguage()} onChange={(e) => void i18n.changeLanguage(e.target.value)}>
        {LANGUAGES.map((lng) => (
          <Select.Option key={lng} value={lng} lang={lng}>
            {t(`languages.${lng}`)}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
