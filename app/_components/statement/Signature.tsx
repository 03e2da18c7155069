import type {FormattedStatement} from '@/lib/content/format';

export default function Signature({text}: {text: FormattedStatement}) {
  return (
    <div className="signature">
      <p className="signature__closing">{text.closing}</p>
      <p className="signature__name">{text.signatory}</p>
      <p className="signature__association">{text.association}</p>
    </div>
  );
}
