import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A real IMAP server for the tests: Debian's Dovecot (dovecot-imapd, which
 * .ci/run installs), in a folder of its own on 127.0.0.1, with plain-text
 * sign-in and Maildir mailboxes. Users and passwords live in a file the
 * test rewrites, and Dovecot reads it at every sign-in, so a password can
 * stop working mid-test as a real one does.
 */
export class TestImap {
  private constructor(
    private readonly dir: string,
    private readonly child: ChildProcess,
    readonly port: number,
    private readonly users: Map<string, string>,
  ) {}

  static async start(users: Record<string, string>): Promise<TestImap> {
    const dovecot = '/usr/sbin/dovecot';
    try {
      execFileSync(dovecot, ['--version']);
    } catch {
      throw new Error('Dovecot is not installed: apt-get install dovecot-imapd (see .ci/run)');
    }
    const dir = mkdtempSync(join(tmpdir(), 'dengon-imap-'));
    // Dovecot's own users read its users file there.
    chmodSync(dir, 0o755);
    // As root Dovecot runs its parts as its own users; otherwise all of it as whoever runs the tests.
    const root = process.getuid?.() === 0;
    const me = root ? null : execFileSync('id', ['-un'], { encoding: 'utf8' }).trim();
    const mailUser = root ? 'dovecot' : me!;
    mkdirSync(join(dir, 'run'));
    mkdirSync(join(dir, 'home'));
    if (root) chownSync(join(dir, 'home'), uidOf('dovecot'), gidOf('dovecot'));
    const port = await freePort();
    writeFileSync(
      join(dir, 'dovecot.conf'),
      `base_dir = ${dir}/run
state_dir = ${dir}/run
log_path = ${dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
first_valid_uid = 1
default_internal_user = ${root ? 'dovecot' : me}
default_internal_group = ${root ? 'dovecot' : me}
default_login_user = ${root ? 'dovenull' : me}
passdb {
  driver = passwd-file
  args = scheme=PLAIN ${dir}/users
}
userdb {
  driver = static
  args = uid=${mailUser} gid=${mailUser} home=${dir}/home/%u
}
mail_location = maildir:~/Maildir
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
`,
    );
    const server = new TestImap(
      dir,
      spawn(dovecot, ['-F', '-c', join(dir, 'dovecot.conf')], {
        stdio: 'ignore',
      }),
      port,
      new Map(Object.entries(users)),
    );
    try {
      server.writeUsers();
      await server.listening();
    } catch (error) {
      await server.stop();
      throw error;
    }
    return server;
  }

  /** Changes a user's password on the server: the old one stops working once Dovecot has reloaded. */
  async setPassword(user: string, password: string): Promise<void> {
    this.users.set(user, password);
    this.writeUsers();
    // Its auth process keeps the file it read: a reload (SIGHUP) starts it afresh.
    this.child.kill('SIGHUP');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null) {
      const exited = new Promise((resolve) => this.child.once('exit', resolve));
      this.child.kill('SIGTERM');
      await exited;
    }
    rmSync(this.dir, { recursive: true, force: true });
  }

  private writeUsers(): void {
    writeFileSync(
      join(this.dir, 'users'),
      [...this.users].map(([user, password]) => `${user}:{PLAIN}${password}\n`).join(''),
    );
  }

  private async listening(): Promise<void> {
    for (let tries = 0; tries < 100; tries++) {
      if (this.child.exitCode !== null) break;
      const open = await new Promise<boolean>((resolve) => {
        const socket = connect(this.port, '127.0.0.1', () => {
          socket.end();
          resolve(true);
        });
        socket.on('error', () => resolve(false));
      });
      if (open) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    let log = '';
    try {
      log = readFileSync(join(this.dir, 'dovecot.log'), 'utf8');
    } catch {
      log = '(no log)';
    }
    throw new Error(`Dovecot did not start on port ${this.port}:\n${log}`);
  }
}

const uidOf = (user: string) => Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }));
const gidOf = (user: string) => Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
