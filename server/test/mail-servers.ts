import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ImapFlow } from 'imapflow';
import { SMTPServer } from 'smtp-server';
import { freePort } from './processes.js';
import { waitUntil } from './harness.js';

const DOVECOT = '/usr/sbin/dovecot';

export interface MailUser {
  address: string;
  password: string;
}

/** A real IMAP server (Dovecot) and a real SMTP server (smtp-server) on this machine, for the mail tests. */
export interface MailServers {
  host: string;
  imapPort: number;
  smtpPort: number;
  /** A logged-in IMAP client of a user (closed by the caller). */
  imap(user: MailUser): Promise<ImapFlow>;
  /** Puts a raw letter in a user's folder, as a mail server delivering it would. */
  deliver(user: MailUser, raw: Buffer | string, folder?: string): Promise<void>;
  /** The raw letters of a user's folder, oldest first. */
  letters(user: MailUser, folder?: string): Promise<Buffer[]>;
  close(): Promise<void>;
}

function dovecotConfig(dir: string, imapPort: number): string {
  return `
base_dir = ${dir}/run
state_dir = ${dir}/state
instance_name = schetovod-test-${path.basename(dir)}
log_path = ${dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
# the tests run as root: Dovecot's own processes and the mail run as its unprivileged users
default_internal_user = dovecot
default_login_user = dovenull
first_valid_uid = 1
mail_location = maildir:~/Maildir
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/users
}
userdb {
  driver = passwd-file
  args = username_format=%u ${dir}/users
}
namespace inbox {
  inbox = yes
  separator = /
  mailbox Sent {
    special_use = \\Sent
    auto = subscribe
  }
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${imapPort}
  }
  inet_listener imaps {
    port = 0
  }
}
service stats {
  unix_listener stats-reader {
    mode = 0666
  }
  unix_listener stats-writer {
    mode = 0666
  }
}
`;
}

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

/**
 * Starts Dovecot with its own configuration in a temp directory (passwd-file users, maildir, plain
 * IMAP on a free port) and an SMTP server that logs users in and delivers what it accepts into
 * their Dovecot INBOX by IMAP APPEND. Dovecot missing is a failure, not a skip (README: mail tests).
 */
export async function startMailServers(users: MailUser[]): Promise<MailServers> {
  if (!fs.existsSync(DOVECOT)) throw new Error(`The mail tests need Dovecot (${DOVECOT}): apt-get install dovecot-imapd`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schetovod-mail-'));
  fs.chmodSync(dir, 0o755);
  fs.mkdirSync(path.join(dir, 'mail'), { mode: 0o777 });
  fs.chmodSync(path.join(dir, 'mail'), 0o777);
  // nobody owns the mail: Dovecot refuses to read or write mail as root
  fs.writeFileSync(path.join(dir, 'users'), users.map((u) => `${u.address}:{PLAIN}${u.password}:65534:65534::${dir}/mail/${u.address}`).join('\n') + '\n');
  const imapPort = await freePort();
  fs.writeFileSync(path.join(dir, 'dovecot.conf'), dovecotConfig(dir, imapPort));
  const dovecot: ChildProcess = spawn(DOVECOT, ['-F', '-c', path.join(dir, 'dovecot.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  dovecot.stderr!.on('data', (chunk) => (stderr += String(chunk)));
  const exited = new Promise<void>((resolve) => dovecot.once('exit', () => resolve()));
  await waitUntil(async () => {
    if (dovecot.exitCode !== null) throw new Error(`Dovecot did not start: ${stderr}`);
    return listening(imapPort);
  }, 'Dovecot to listen', 20_000);

  const imap = async (user: MailUser) => {
    const client = new ImapFlow({ host: '127.0.0.1', port: imapPort, secure: false, doSTARTTLS: false, auth: { user: user.address, pass: user.password }, logger: false });
    client.on('error', () => undefined);
    await client.connect();
    return client;
  };
  const deliver = async (user: MailUser, raw: Buffer | string, folder = 'INBOX') => {
    const client = await imap(user);
    await client.append(folder, raw);
    await client.logout();
  };

  const smtp = new SMTPServer({
    authOptional: false,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(auth, _session, callback) {
      const user = users.find((u) => u.address === auth.username && u.password === auth.password);
      if (!user) return callback(new Error('Invalid username or password'));
      callback(null, { user: user.address });
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        const local = session.envelope.rcptTo.map((r) => users.find((u) => u.address === r.address.toLowerCase())).filter((u): u is MailUser => Boolean(u));
        Promise.all(local.map((u) => deliver(u, raw))).then(() => callback(), callback);
      });
    },
  });
  const smtpPort = await freePort();
  await new Promise<void>((resolve, reject) => {
    smtp.once('error', reject);
    smtp.listen(smtpPort, '127.0.0.1', () => resolve());
  });

  return {
    host: '127.0.0.1',
    imapPort,
    smtpPort,
    imap,
    deliver,
    async letters(user, folder = 'INBOX') {
      const client = await imap(user);
      const box = await client.mailboxOpen(folder, { readOnly: true });
      const out: Buffer[] = [];
      if (box.exists) for await (const message of client.fetch('1:*', { source: true })) if (message.source) out.push(message.source);
      await client.logout();
      return out;
    },
    async close() {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      dovecot.kill('SIGTERM');
      await exited;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
