import { Button, Group, Menu, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem, recipientLabel, useSubmit } from '@dengon/web';
import { resendDispatchMutation } from './documents';
import type { DispatchDetailsFragment } from '../gql/graphql';

type Channel = NonNullable<DispatchDetailsFragment['contractor']>['channels'][number];

/**
 * 再送: the sheet again to the current contractor by one of their fax or
 * e-mail channels, e.g. when they phone to say the fax did not come.
 */
export function ResendDispatchMenu({
  dispatch,
  onReload,
}: {
  dispatch: Pick<DispatchDetailsFragment, 'id' | 'version' | 'contractor'>;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const [resend] = useMutation(resendDispatchMutation);
  const submit = useSubmit(['channelIndex']);
  const [resentBy, setResentBy] = useState<Channel | null>(null);
  // The API names the channel by its place in the contractor's list, phones included.
  const channels = (dispatch.contractor?.channels ?? [])
    .map((channel, index) => ({ channel, index }))
    .filter(({ channel }) => channel.kind !== 'PHONE');
  if (channels.length === 0) return null;

  const label = (channel: Channel) => ({
    channel: t(`dispatchChannel.${channel.kind}`),
    address: recipientLabel(channel.address),
  });

  async function resendBy(channel: Channel, channelIndex: number) {
    setResentBy(null);
    const result = await submit.submit(() =>
      resend({
        variables: { input: { id: dispatch.id, channelIndex } },
      }),
    );
    if (result) setResentBy(channel);
  }

  const channelError = submit.error('channelIndex');
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Menu position="bottom-start">
          <Menu.Target>
            <Button variant="default" size="xs" loading={submit.submitting}>
              {t('dispatch.resend')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {channels.map(({ channel, index }) => (
              <Menu.Item key={index} onClick={() => void resendBy(channel, index)}>
                {t('dispatch.resendTo', label(channel))}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
        {resentBy && (
          <Text c="green.8" size="sm" fw={600} role="status">
            {t('dispatch.resent', label(resentBy))}
          </Text>
        )}
        {channelError && (
          <Text c="red" size="sm">
            {t('dispatch.resendChannel')}: {channelError}
          </Text>
        )}
      </Group>
      <FormProblem state={submit} />
      {submit.problem?.code === 'CONFLICT' && (
        <Group>
          <Button
            variant="default"
            onClick={() => {
              submit.clear();
              onReload();
            }}
          >
            {t('history.reload')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
