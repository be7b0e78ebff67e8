import { Permission } from '@dengon/domain';
import { useQuery } from '@apollo/client/react';
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { useCan } from '../shell/CurrentUser';
import { softphoneCredentialsQuery } from './documents';
import { type LineState, Softphone } from './softphone';

const MICROPHONE_KEY = 'dengon.microphone';
// Ask for a new credential this long before the current one expires.
const RENEW_BEFORE_MS = 60_000;

export interface SoftphoneContext {
  /** Null where no voice stack runs: calls are simulated and accepting needs no headset. */
  phone: Softphone | null;
  line: LineState;
  microphoneId: string | null;
  setMicrophoneId: (id: string | null) => void;
}

const Context = createContext<SoftphoneContext>({
  phone: null,
  line: { kind: 'offline' },
  microphoneId: null,
  setMicrophoneId: () => undefined,
});

export const useSoftphone = () => useContext(Context);

/**
 * The operator's softphone for as long as the console is open (a call rings
 * on any screen, and a callback is placed from a record), registered with a
 * fresh credential.
 */
export function SoftphoneProvider({ children }: { children: ReactNode }) {
  const credentials = useQuery(softphoneCredentialsQuery, { fetchPolicy: 'network-only' });
  const [microphoneId, setMicrophoneIdState] = useState<string | null>(() =>
    localStorage.getItem(MICROPHONE_KEY),
  );
  const [speaker] = useState(() => {
    const element = new Audio();
    element.autoplay = true;
    return element;
  });
  const [phone] = useState(
    () => new Softphone(speaker, () => localStorage.getItem(MICROPHONE_KEY)),
  );
  const [line, setLine] = useState<LineState>(phone.line);
  const current = credentials.data?.softphoneCredentials ?? null;
  const { refetch } = credentials;

  useEffect(() => {
    const unsubscribe = phone.subscribe(setLine);
    return () => {
      unsubscribe();
      phone.stop();
    };
  }, [phone]);
  useEffect(() => {
    if (!current) return;
    phone.start(current);
    const renew = setTimeout(
      () => void refetch(),
      Math.max(10_000, Date.parse(current.expiresAt) - Date.now() - RENEW_BEFORE_MS),
    );
    return () => clearTimeout(renew);
  }, [phone, current, refetch]);

  const value = useMemo<SoftphoneContext>(
    () => ({
      phone: current ? phone : null,
      line,
      microphoneId,
      setMicrophoneId: (id) => {
        if (id) localStorage.setItem(MICROPHONE_KEY, id);
        else localStorage.removeItem(MICROPHONE_KEY);
        setMicrophoneIdState(id);
      },
    }),
    [current, phone, line, microphoneId],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** The console's softphone, for those who take calls; others have none to register. */
export function CallTakerSoftphone({ children }: { children: ReactNode }) {
  return useCan(Permission.TakeCalls) ? (
    <SoftphoneProvider>{children}</SoftphoneProvider>
  ) : (
    children
  );
}
