import { Permission } from '@dengon/domain';
import { useQuery } from '@apollo/client/react';
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { useCan } from '@dengon/web';
import { phoneCredentialsQuery } from './documents';
import type { LineState, Phone, PhoneCredential } from './phone';

const MICROPHONE_KEY = 'dengon.microphone';
// Ask for a new credential this long before the current one expires.
const RENEW_BEFORE_MS = 60_000;

export interface SoftphoneContext {
  /** Null where no voice stack runs: calls are simulated and accepting needs no headset. */
  phone: Phone | null;
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

const chosenMicrophone = () => localStorage.getItem(MICROPHONE_KEY);

/** The phone of the provider that carries the calls, its code loaded only where it is used. */
async function phoneFor(kind: PhoneCredential['kind']): Promise<Phone> {
  if (kind === 'sip') {
    const { SipPhone } = await import('./sip-phone');
    return new SipPhone(chosenMicrophone);
  }
  const { TwilioPhone } = await import('./twilio-phone');
  return new TwilioPhone(chosenMicrophone);
}

/**
 * The operator's softphone for as long as the console is open (a call rings
 * on any screen, and a callback is placed from a record), registered with a
 * fresh credential: at Dengon's SIP edge where it runs, else as a Twilio
 * Voice SDK device where Twilio carries the calls.
 */
export function SoftphoneProvider({ children }: { children: ReactNode }) {
  const credentials = useQuery(phoneCredentialsQuery, { fetchPolicy: 'network-only' });
  const [microphoneId, setMicrophoneIdState] = useState<string | null>(chosenMicrophone);
  const [phone, setPhone] = useState<Phone | null>(null);
  const [line, setLine] = useState<LineState>({ kind: 'offline' });
  const { refetch } = credentials;
  const current = useMemo(() => {
    const sip = credentials.data?.softphoneCredentials;
    if (sip) return { credential: { kind: 'sip' as const, ...sip }, expiresAt: sip.expiresAt };
    const twilio = credentials.data?.twilioVoiceToken;
    if (twilio)
      return {
        credential: { kind: 'twilio' as const, token: twilio.token, edge: twilio.edge },
        expiresAt: twilio.expiresAt,
      };
    return null;
  }, [credentials.data]);
  const kind = current?.credential.kind ?? null;

  useEffect(() => {
    if (!kind) return;
    let made: Phone | null = null;
    let live = true;
    void phoneFor(kind).then((loaded) => {
      if (!live) return;
      made = loaded;
      setLine(loaded.line);
      setPhone(loaded);
    });
    return () => {
      live = false;
      made?.stop();
      setPhone(null);
    };
  }, [kind]);
  useEffect(() => phone?.subscribe(setLine), [phone]);
  useEffect(() => {
    if (!phone || !current) return;
    phone.start(current.credential);
    const renew = setTimeout(
      () => void refetch(),
      Math.max(10_000, Date.parse(current.expiresAt) - Date.now() - RENEW_BEFORE_MS),
    );
    return () => clearTimeout(renew);
  }, [phone, current, refetch]);

  const value = useMemo<SoftphoneContext>(
    () => ({
      phone,
      line,
      microphoneId,
      setMicrophoneId: (id) => {
        if (id) localStorage.setItem(MICROPHONE_KEY, id);
        else localStorage.removeItem(MICROPHONE_KEY);
        setMicrophoneIdState(id);
      },
    }),
    [phone, line, microphoneId],
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
