import { useRef, useState } from 'react';
import { Avatar, Button, FileButton, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useCall } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { resizePhoto } from './photo-resize';

/** A client's photo, or their initials while there is none. */
export function ClientAvatar({ clientId, name, hasPhoto, size = 72 }: { clientId: number; name: string; hasPhoto: boolean; size?: number }) {
  const { t } = useTranslation('dementia');
  const photo = useCall('clientPhoto.get', { clientId }, { enabled: hasPhoto, staleTime: 60_000 });
  const data = photo.data?.photo;
  const initials = name.split(' ').map((part) => part[0] ?? '').join('').slice(0, 2);
  return (
    <Avatar size={size} radius="md" src={data ? `data:${data.mime};base64,${data.base64}` : null} alt={t('photo.alt', { name })} color="gray">
      {initials}
    </Avatar>
  );
}

/** The photo on the client card: add, replace or remove; resized in the browser before it is sent. */
export function ClientPhotoField({ clientId, name, canWrite }: { clientId: number; name: string; canWrite: boolean }) {
  const { t } = useTranslation('dementia');
  const photo = useCall('clientPhoto.get', { clientId });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const reset = useRef<() => void>(null);
  const has = Boolean(photo.data?.photo);
  const upload = async (file: File | null) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const resized = await resizePhoto(file);
      await api.call('clientPhoto.set', { clientId, ...resized });
      await photo.refetch();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
      reset.current?.();
    }
  };
  const remove = async () => {
    setError(null);
    try {
      await api.call('clientPhoto.remove', { clientId });
      await photo.refetch();
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <Stack gap="xs" align="flex-start">
      <Group>
        <ClientAvatar clientId={clientId} name={name} hasPhoto={has} size={96} />
        {canWrite && (
          <Stack gap={4}>
            <FileButton resetRef={reset} accept="image/jpeg,image/png,image/webp" onChange={(file) => void upload(file)}>
              {(props) => (
                <Button size="xs" variant="default" loading={busy} {...props}>
                  {has ? t('photo.replace') : t('photo.upload')}
                </Button>
              )}
            </FileButton>
            {has && (
              <Button size="xs" variant="subtle" color="red" onClick={() => void remove()}>
                {t('photo.remove')}
              </Button>
            )}
            <Text size="xs" c="dimmed">{t('photo.hint')}</Text>
          </Stack>
        )}
      </Group>
      <ErrorAlert error={error} />
    </Stack>
  );
}
