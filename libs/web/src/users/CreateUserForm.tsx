import {
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  PasswordInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CLIENT_ROLES } from '../shell/navigation';
import { FormProblem } from '../forms/FormProblem';
import { useSubmit } from '../forms/useSubmit';
import type { Role } from '../gql/graphql';
import { companyUsersQuery, createUserMutation } from './documents';

/**
 * A new client user: invited by e-mail to set their own password (the
 * default), or given an initial password to pass on to the person.
 */
export function CreateUserForm({ clientCompanyId }: { clientCompanyId?: string }) {
  const { t } = useTranslation();
  const state = useSubmit(['name', 'email', 'role', 'password']);
  const [create] = useMutation(createUserMutation, {
    refetchQueries: [companyUsersQuery],
    awaitRefetchQueries: true,
  });
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('CLIENT_ADMIN');
  const [password, setPassword] = useState('');
  const [invite, setInvite] = useState(true);
  const [created, setCreated] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setCreated(null);
    const input = { clientCompanyId, name, email, role, password: invite ? null : password };
    const result = await state.submit(() => create({ variables: { input } }));
    if (result?.data) {
      setCreated(
        t(invite ? 'users.invited' : 'users.created', { email: result.data.createUser.email }),
      );
      setName('');
      setEmail('');
      setPassword('');
    }
  }

  return (
    <Card withBorder component="form" onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <Title order={3} size="h4">
          {t('users.create')}
        </Title>
        <FormProblem state={state} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('users.name')}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={state.error('name')}
          />
          <TextInput
            label={t('users.email')}
            type="email"
            required
            autoComplete="off"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={state.error('email')}
          />
          <NativeSelect
            label={t('users.role')}
            value={role}
            onChange={(e) => setRole(e.currentTarget.value as Role)}
            data={CLIENT_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            error={state.error('role')}
          />
          <Checkbox
            label={t('users.invite')}
            description={t('users.inviteHint')}
            checked={invite}
            onChange={(e) => setInvite(e.currentTarget.checked)}
            mt="lg"
          />
          {!invite && (
            <PasswordInput
              label={t('users.initialPassword')}
              description={t('users.initialPasswordHint')}
              required
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={state.error('password')}
              visibilityToggleButtonProps={{ 'aria-label': t('signIn.showPassword') }}
            />
          )}
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={state.submitting}>
            {t('users.createSubmit')}
          </Button>
          {created && (
            <Text size="sm" role="status">
              {created}
            </Text>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
