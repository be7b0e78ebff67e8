import {
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyRow, FormProblem, PageHeader, QueryStatus, useSubmit } from '@dengon/web';
import type { SkillsQuery } from '../gql/graphql';
import { saveClientGroupMutation, setOperatorSkillsMutation, skillsQuery } from './documents';

type Skills = SkillsQuery;
type Group = Skills['clientGroups'][number];
type Taker = Skills['callTakers'][number];

/**
 * スキル設定: which clients each group holds, and which groups each operator
 * answers for. A call is offered only to operators trained for its client;
 * the board says when a waiting call has nobody trained.
 */
export function SkillsPage() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(skillsQuery);
  const [editingGroup, setEditingGroup] = useState<Group | 'new' | null>(null);
  const [editingTaker, setEditingTaker] = useState<Taker | null>(null);
  if (!data) return <QueryStatus error={error} />;
  const clientName = new Map(data.clientCompanies.map((c) => [c.id, c.name]));
  const groupName = new Map(data.clientGroups.map((g) => [g.id, g.name]));
  const done = () => {
    setEditingGroup(null);
    setEditingTaker(null);
    void refetch();
  };

  return (
    <>
      <PageHeader title={t('skills.title')} description={t('skills.description')} />
      <Stack gap="xl">
        <section aria-labelledby="skills-groups">
          <Group justify="space-between" mb="xs">
            <Title order={2} size="h4" id="skills-groups">
              {t('skills.groups')}
            </Title>
            <Button variant="default" onClick={() => setEditingGroup('new')}>
              {t('skills.addGroup')}
            </Button>
          </Group>
          <Table withTableBorder striped aria-labelledby="skills-groups">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('skills.groupName')}</Table.Th>
                <Table.Th>{t('skills.clients')}</Table.Th>
                <Table.Th>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.clientGroups.length === 0 && (
                <EmptyRow columns={3} text={t('skills.noGroups')} />
              )}
              {data.clientGroups.map((group) => (
                <Table.Tr key={group.id}>
                  <Table.Td>{group.name}</Table.Td>
                  <Table.Td>
                    <Names ids={group.clientCompanyIds} names={clientName} />
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="default"
                      onClick={() => setEditingGroup(group)}
                    >
                      {t('common.edit')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </section>

        <section aria-labelledby="skills-takers">
          <Title order={2} size="h4" id="skills-takers" mb="xs">
            {t('skills.takers')}
          </Title>
          <Table withTableBorder striped aria-labelledby="skills-takers">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('skills.name')}</Table.Th>
                <Table.Th>{t('skills.role')}</Table.Th>
                <Table.Th>{t('skills.groupsOf')}</Table.Th>
                <Table.Th>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.callTakers.map((taker) => (
                <Table.Tr key={taker.userId}>
                  <Table.Td>{taker.name}</Table.Td>
                  <Table.Td>{t(`roles.${taker.role}`)}</Table.Td>
                  <Table.Td>
                    {taker.groupIds.length === 0 ? (
                      <Text size="sm" c="orange.8">
                        {t('skills.noSkills')}
                      </Text>
                    ) : (
                      <Names ids={taker.groupIds} names={groupName} />
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="default"
                      onClick={() => setEditingTaker(taker)}
                    >
                      {t('common.edit')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </section>
      </Stack>

      <Modal
        opened={editingGroup !== null}
        onClose={() => setEditingGroup(null)}
        title={
          editingGroup === 'new' || editingGroup === null
            ? t('skills.addGroup')
            : t('skills.editGroup', { name: editingGroup.name })
        }
      >
        {editingGroup !== null && (
          <GroupForm
            group={editingGroup === 'new' ? null : editingGroup}
            clients={data.clientCompanies}
            onDone={done}
          />
        )}
      </Modal>
      <Modal
        opened={editingTaker !== null}
        onClose={() => setEditingTaker(null)}
        title={editingTaker ? t('skills.editTaker', { name: editingTaker.name }) : ''}
      >
        {editingTaker && (
          <TakerForm taker={editingTaker} groups={data.clientGroups} onDone={done} />
        )}
      </Modal>
    </>
  );
}

function Names({ ids, names }: { ids: readonly string[]; names: ReadonlyMap<string, string> }) {
  return (
    <Group gap={4}>
      {ids.map((id) => (
        <Badge key={id} variant="light" tt="none">
          {names.get(id) ?? '—'}
        </Badge>
      ))}
    </Group>
  );
}

function GroupForm({
  group,
  clients,
  onDone,
}: {
  group: Group | null;
  clients: Skills['clientCompanies'];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const state = useSubmit(['name', 'clientCompanyIds']);
  const [save] = useMutation(saveClientGroupMutation);
  const [name, setName] = useState(group?.name ?? '');
  const [clientCompanyIds, setClientCompanyIds] = useState<string[]>([
    ...(group?.clientCompanyIds ?? []),
  ]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const variables = { name: name.trim(), clientCompanyIds };
    if (await state.submit(() => save({ variables }))) onDone();
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <FormProblem state={state} />
        <TextInput
          label={t('skills.groupName')}
          description={group ? t('skills.groupNameFixed') : undefined}
          required
          disabled={group !== null}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={state.error('name')}
        />
        <MultiSelect
          label={t('skills.clients')}
          data={clients.map((c) => ({ value: c.id, label: c.name }))}
          value={clientCompanyIds}
          onChange={setClientCompanyIds}
          searchable
          clearable
          error={state.error('clientCompanyIds')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={state.submitting}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function TakerForm({
  taker,
  groups,
  onDone,
}: {
  taker: Taker;
  groups: Skills['clientGroups'];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const state = useSubmit(['groupIds']);
  const [setSkills] = useMutation(setOperatorSkillsMutation);
  const [groupIds, setGroupIds] = useState<string[]>([...taker.groupIds]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const variables = { userId: taker.userId, groupIds };
    if (await state.submit(() => setSkills({ variables }))) onDone();
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <FormProblem state={state} />
        <Checkbox.Group
          label={t('skills.groupsOf')}
          description={t('skills.groupsHint')}
          value={groupIds}
          onChange={setGroupIds}
          error={state.error('groupIds')}
        >
          <Stack gap="xs" mt="xs">
            {groups.map((group) => (
              <Checkbox key={group.id} value={group.id} label={group.name} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={state.submitting}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
