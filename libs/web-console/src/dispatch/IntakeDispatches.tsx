import { Permission } from '@dengon/domain';
import { useQuery } from '@apollo/client/react';
import { type DispatchIntake, IntakeDispatchList, useCan } from '@dengon/web';
import { dispatchPlanQuery } from './documents';
import { DispatchForm } from './DispatchForm';
import { DispatchReplyActions } from './DispatchReplyActions';
import { ResendDispatchMenu } from './ResendDispatchMenu';

/**
 * 手配 on one intake in the console, when the client's plan includes dispatch:
 * the form that sends the job, and for dispatchers sending an awaited dispatch
 * again and recording the contractor's reply.
 */
export function IntakeDispatches({ intake }: { intake: DispatchIntake }) {
  const canReply = useCan(Permission.Dispatch);
  const { data: plan } = useQuery(dispatchPlanQuery, {
    variables: { clientCompanyId: intake.clientCompanyId },
  });
  if (!plan?.contract?.currentTerm?.plan.dispatchIncluded) return null;
  return (
    <IntakeDispatchList
      intake={intake}
      staff
      form={(reload) => <DispatchForm intake={intake} onSent={reload} />}
      actions={
        canReply
          ? (dispatch, reload) => (
              <>
                <ResendDispatchMenu dispatch={dispatch} onReload={reload} />
                <DispatchReplyActions dispatch={dispatch} onReload={reload} />
              </>
            )
          : undefined
      }
    />
  );
}
