import { Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCall, useCallMutation } from '../../api/use-call';
import { CallError } from './CallError';
import { useRefreshEquipment } from './use-refresh';

/** The centre's setting (administrators): refuse uses of an item whose safety inspection is overdue. */
export function BlockUseSetting() {
  const { t } = useTranslation('equipmentMaintenance');
  const setting = useCall('equipment.settings.get', {});
  const save = useCallMutation('equipment.settings.update');
  const refresh = useRefreshEquipment();
  return (
    <>
      <Switch
        label={t('settings.block')}
        checked={setting.data?.blockUseWhenOverdue ?? false}
        disabled={!setting.data || save.isPending}
        onChange={(event) => save.mutate({ blockUseWhenOverdue: event.currentTarget.checked }, { onSuccess: () => void refresh() })}
      />
      <CallError error={save.error} />
    </>
  );
}
