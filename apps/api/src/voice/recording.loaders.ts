import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { childrenOf, type LoaderDefinition } from '../common/loaders';
import { Contract } from '../contracts/contract.entity';
import { CallRecording } from './call-recording.entity';

/** The recordings of an intake record's calls. */
export const RECORDINGS_OF = childrenOf(CallRecording, 'intakeId', { createdAt: 'ASC' });

/** Whether a client's contract lets its users play recordings in the portal. */
export const RECORDINGS_IN_PORTAL: LoaderDefinition<string, boolean> = ({ db, ctx, cache }) =>
  new DataLoader(
    async (companyIds) => {
      const contracts = await db.transaction(ctx, (em) =>
        em.find(Contract, {
          where: { clientCompanyId: In([...companyIds]) },
          order: { startDate: 'ASC' },
        }),
      );
      // The latest contract of each client says.
      const latest = new Map(contracts.map((c) => [c.clientCompanyId, c.recordingsInPortal]));
      return companyIds.map((id) => latest.get(id) ?? false);
    },
    { cache },
  );
