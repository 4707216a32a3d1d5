import { Heading, Paragraph, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../../ui/form-error-summary';
import { Loading } from '../../../ui/loading';
import { PageHeading } from '../../../ui/page-heading';
import { QueryError } from '../../../ui/query-error';
import { StatusMessage } from '../../../ui/status-message';
import { TableScroll } from '../../../ui/table-scroll';
import { FormShell } from '../../org/components/form-shell';
import { localFieldError } from '../../org/components/form-errors';
import { retryFor } from '../../org/lib/retry';
import { useMe } from '../../platform/use-me';
import { useCreateInstrument, useInstruments } from '../api/admin-api';
import { canAnalyse } from '../lib/viewer';
import '../../org/org.css';
import '../barometer.css';

/** /barometer/instruments: every instrument and version; analysts and administrators add more as
 *  JSON (the server validates the definition with the same schema as the built-ins). */
export function InstrumentsPage() {
  const { t } = useTranslation('barometer');
  const instruments = useInstruments();
  const me = useMe().data;
  const [status, setStatus] = useState<string | null>(null);
  return (
    <div className="page">
      <PageHeading title={t('instruments.title')} />
      <StatusMessage message={status} />
      <Paragraph>{t('instruments.intro')}</Paragraph>
      {instruments.isPending ? <Loading /> : null}
      {instruments.isError ? <QueryError error={instruments.error} onRetry={retryFor(instruments)} /> : null}
      {instruments.data ? (
        <TableScroll label={t('instruments.caption')}>
          <Table className="barometer-table" data-size="sm">
            <caption className="ds-sr-only">{t('instruments.caption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('instruments.name')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('instruments.key')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('instruments.version')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('instruments.items')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('instruments.kind')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {instruments.data.items.map((instrument) => (
                <Table.Row key={`${instrument.key}-${instrument.version}`}>
                  <Table.HeaderCell scope="row">
                    {instrument.name}
                    {instrument.dimensions.length > 0 ? (
                      <span className="barometer-column-scale">
                        {instrument.dimensions.map((d) => d.name).join(', ')}
                      </span>
                    ) : null}
                  </Table.HeaderCell>
                  <Table.Cell>
                    <code>{instrument.key}</code>
                  </Table.Cell>
                  <Table.Cell>{instrument.version}</Table.Cell>
                  <Table.Cell>{instrument.itemCount}</Table.Cell>
                  <Table.Cell>
                    <Tag data-color={instrument.builtIn ? 'neutral' : 'info'}>
                      {instrument.builtIn ? t('instruments.builtIn') : t('instruments.custom')}
                    </Tag>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      ) : null}
      {canAnalyse(me) ? <AddInstrument onAdded={() => setStatus(t('instruments.added'))} /> : null}
    </div>
  );
}

function AddInstrument({ onAdded }: { onAdded: () => void }) {
  const { t } = useTranslation('barometer');
  const create = useCreateInstrument();
  const [text, setText] = useState('');
  const [localError, setLocalError] = useState<Error | null>(null);
  const inputId = useId();
  const error = localError ?? create.error;
  const submit = () => {
    let definition: unknown;
    try {
      definition = JSON.parse(text);
    } catch {
      setLocalError(localFieldError('definition', t('instruments.invalidJson'), t('instruments.invalidJson')));
      return;
    }
    setLocalError(null);
    create.mutate(definition, {
      onSuccess: () => {
        setText('');
        onAdded();
      },
    });
  };
  return (
    <section className="page-section page--text" aria-labelledby="barometer-add-instrument">
      <Heading level={2} data-size="sm" id="barometer-add-instrument">
        {t('instruments.addHeading')}
      </Heading>
      <FormShell
        error={error}
        fields={{ definition: { inputId, label: t('instruments.definitionLabel') } }}
        pending={create.isPending}
        submitLabel={t('instruments.submit')}
        onSubmit={submit}
      >
        <Textfield
          id={inputId}
          multiline
          rows={12}
          className="barometer-code"
          label={t('instruments.definitionLabel')}
          description={t('instruments.definitionHint')}
          value={text}
          error={fieldError(error, 'definition')}
          onChange={(event) => setText(event.target.value)}
        />
      </FormShell>
    </section>
  );
}
