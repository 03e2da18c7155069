import {getTranslations} from 'next-intl/server';

export default async function Signature() {
  const t = await getTranslations('Statement');
  return (
    <div className="signature">
      <p className="signature__closing">{t('closing')}</p>
      <p className="signature__name">{t('signatory')}</p>
      <p className="signature__association">{t('association')}</p>
    </div>
  );
}
