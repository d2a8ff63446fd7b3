<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Ansible</name>
    <message>
        <source>publik-ha-wizard %1: Publik high availability, deployment %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansible inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other deployments exported into the same folder add their own file here: Ansible merges them (groups phw_&lt;deployment&gt;_primary and phw_&lt;deployment&gt;_secondaries).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment %1: primary host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment %1: secondary hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the database passwords are given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database password is missing: set %1 in the environment, or %2 in a file encrypted with Ansible Vault (see the README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment %1: rollback of the primary host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment %1: rollback of the secondary hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the host&apos;s journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the applied steps in reverse order, from the host&apos;s journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansible playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One task a step of the plan, named by its title and tagged by its id; each runs the host&apos;s script (scripts/%1/) with --step=ID, as the tool does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run from this folder: ansible-playbook %1 (--check: what would change; --tags rollback: undo from the hosts&apos; journals, secondaries first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords: environment variables PUBLIK_DB_PASSWORD_&lt;COMPONENT&gt;, or the variable phw_db_passwords.%1.&lt;VARIABLE&gt; from Ansible Vault; this file holds none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publik-ha-wizard %1: Ansible settings for the exported playbooks (ansible-playbook run from this folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module arguments (the host scripts) are not copied into the hosts&apos; system log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tasks&apos; input (scripts, passwords) goes through the SSH channel, never into a file on the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link: the files are never written through one. Give the folder itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link: the files are never written through one. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the way (it is not a folder): remove it or export into another folder. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not written by publik-ha-wizard: move it away or export into another folder. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the files into %1: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--script needs a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) to fix.</source>
        <translation>
            <numerusform>%1: %n problem to fix.</numerusform>
            <numerusform>%1: %n problems to fix.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: script of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run it? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the journal %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--step-timeout needs a number of minutes from 1 to 1440, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>severity: problem</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n host</numerusform>
            <numerusform>%n hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n component(s)</source>
        <translation>
            <numerusform>%n component</numerusform>
            <numerusform>%n components</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the deployment is valid (%2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: removed (left by an earlier export)</source>
        <translation></translation>
    </message>
    <message>
        <source>rollback undoes every applied step on %1 and asks first; without a terminal to ask on, add --yes to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo every applied step of the deployment %1 on %2 (in this order, from the hosts&apos; journals)? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback not confirmed: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: the running steps end on the hosts, then the run stops, releases the lock and says where it stopped (Ctrl-C again to stop at once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping at once: the running steps go on to their end on the hosts, whose journals record them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine&apos;s journal only: what apply and rollback run from here recorded. Rollback follows the hosts&apos; own journals (%1/%2/journal on each host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hosts&apos; journals (--local skips them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its journal could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its journal agrees with this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its journal differs from this one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where they differ, the hosts&apos; journals are right: rollback follows them. Each one is %1/%2/journal on its host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the PostgreSQL roles and databases; apply with:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the HAProxy backend (to adapt where its comments say)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build cannot write the report (no PDF writer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the journal %1: %2; the report shows no outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: the checklist report (%n step(s))</source>
        <translation>
            <numerusform>%1: the checklist report (%n step)</numerusform>
            <numerusform>%1: the checklist report (%n steps)</numerusform>
        </translation>
    </message>
    <message>
        <source>publik-ha-wizard %1
Sets up Publik in high availability on Debian hosts: a wizard and headless commands (Debian package publik-ha-wizard).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard needs a graphical session (neither DISPLAY nor WAYLAND_DISPLAY is set): without one, use the headless commands validate, plan, export, check, apply, status and rollback (publik-ha-wizard --help).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: publik-ha-wizard [FILE] [--ssh-config FILE] [--known-hosts FILE] [--lang fr|en]
       publik-ha-wizard COMMAND FILE [OPTION]...
Sets up Publik in high availability on two or more Debian hosts that share their
configuration and data over NFS: a wizard, and headless commands that check the hosts,
plan, run over SSH with a journal, and roll back (Debian package publik-ha-wizard).
Without a command it opens the wizard, on FILE if given; the wizard needs a graphical
session, the commands do not.

Commands:
  validate FILE [--lang fr|en]   check a deployment file
  plan FILE [--json]             print the installation plan, secrets masked
  export FILE --script DIR       write one sh script per host
  export FILE --report OUT.pdf   the checklist report (PDF, A4)
  export FILE --sql OUT.sql      the PostgreSQL roles and databases, for the DBA (psql -v)
  export FILE --haproxy OUT.cfg  the HAProxy backend, for the client&apos;s team
  export FILE --ansible DIR      an Ansible inventory and playbook of the same plan
      (export takes several of --script, --report, --sql, --haproxy, --ansible at once)
  check FILE [SSH]               preflight: every problem on every host
  apply FILE [--step [--yes]] [SSH] [--take-over-lock] [--step-timeout MIN]
      run the plan on the hosts (again: resumes)
  status FILE [--local] [SSH]    this machine&apos;s journal, compared with the hosts&apos;
  rollback FILE [--yes] [SSH] [--take-over-lock] [--step-timeout MIN]
      undo the applied steps, secondaries first

Options:
  --json                  plan: the plan as JSON
  --script DIR            export: the folder the scripts are written to
  --report OUT.pdf        export: the checklist report, with the run&apos;s outcomes when
                          this machine&apos;s journal has them
  --sql OUT.sql           export: the SQL that creates the roles and databases
  --haproxy OUT.cfg       export: the HAProxy backend section
  --ansible DIR           export: inventory, playbook and scripts (all or none)
  --ssh-config FILE       SSH client configuration (default ~/.ssh/config; Include
                          followed); SSH in the commands above stands for this option
                          and the next two
  --known-hosts FILE      known host keys (default: the configuration&apos;s
                          UserKnownHostsFile, else ~/.ssh/known_hosts)
  --accept-new-host-keys  record unknown host keys (a changed key is always refused)
  --step                  apply: ask before each step
  --yes                   answer yes to --step; confirm a rollback (rollback asks first
                          on a terminal, and refuses without a terminal and --yes)
  --take-over-lock        take the deployment&apos;s lock over (one left by a dead process
                          of this machine is taken over without it)
  --step-timeout MIN      after MIN minutes (default 60), stop waiting for a step (or a
                          host&apos;s rollback) and report it
  --local                 status: this machine&apos;s journal only, no connection
  --lang fr|en            the language of messages (French by default)
  -h, --help              print this help and exit
  --version               print the version and exit

Exit status:
  0    success
  1    failure (a blocking check, a failed step; no graphical session for the wizard)
  2    bad input (invalid deployment file, or usage)
  130  apply or rollback interrupted (Ctrl-C, SIGTERM): it says where it stopped

Environment:
  PUBLIK_HA_LANG                  fr or en, when --lang is not given (default fr)
  PUBLIK_DB_PASSWORD_&lt;COMPONENT&gt;  a database password (upper case, &apos;-&apos; as &apos;_&apos;); never
                                  in the deployment file
  PUBLIK_SSH_PASSWORD[_&lt;HOST&gt;]    the SSH password (of one host, or of every host)
  PUBLIK_SUDO_PASSWORD[_&lt;HOST&gt;]   the sudo password (default: the SSH password)
  PUBLIK_KEY_PASSPHRASE[_&lt;HOST&gt;]  the passphrase of the SSH key (of one host, or of
                                  every host)
  SSH_AUTH_SOCK                   the SSH agent, tried before the keys
  USER                            the SSH user when the configuration names none
  XDG_DATA_HOME                   where this machine&apos;s journal is kept (default
                                  ~/.local/share)
  DISPLAY, WAYLAND_DISPLAY        the graphical session the wizard opens in
  QT_QPA_PLATFORM                 Qt&apos;s display platform (offscreen: no display needed)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: it is a symbolic link; give the path of the file itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deployment</name>
    <message>
        <source>%1: this field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a text value is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a whole number is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: true or false is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an object is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a list is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment file is not valid JSON (offset %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment file must contain a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected &quot;agent&quot;, &quot;key&quot; or &quot;password&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected &quot;primary&quot; or &quot;secondary&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the deployment file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 entries at most (this file has %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown key; did you mean &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown key; the keys here are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this key appears twice in the same object; keep only one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment file is larger than %1 MiB; a deployment file is a few kilobytes: check that it is the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a device or a socket, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than %1 MiB; a deployment file is a few kilobytes: check that it is the right file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Publik in high availability, deployment %1: the PostgreSQL roles and databases.
Written by publik-ha-wizard for the database administrator; run it as a superuser
on the cluster %2, port %3. It can be run again: what exists is kept, the
passwords and owners are set again.
The passwords are never written in this file: give each one as a psql variable,
for instance from the environment:

%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every password variable must be given: nothing is changed otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the role %2, which creates the databases of its tenants itself (CREATEDB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the role %2 and the database %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>publik-ha-wizard: %n role(s) ready.</source>
        <translation>
            <numerusform>publik-ha-wizard: %n role ready.</numerusform>
            <numerusform>publik-ha-wizard: %n roles ready.</numerusform>
        </translation>
    </message>
    <message>
        <source>Publik in high availability, deployment %1: the backend of the Publik hosts.
Written by publik-ha-wizard for the team that runs HAProxy. To adapt:
- the port of the servers (80 here: nginx on the hosts; for TLS up to the hosts,
  use 443 with &quot;ssl verify required ca-file ...&quot;);
- the Host header of the health check: one of your tenants&apos; names;
- the frontend that sends the Publik names to this backend (an example at the end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sessions are in the database and the files on the share: no stickiness needed;
a request that fails on a host goes to another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publik (Django) needs the client&apos;s address and the original scheme and host:
X-Forwarded-For, X-Forwarded-Proto, X-Forwarded-Host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check: a host is taken out when nginx does not answer. Replace
publik.example.org with the name of one of your tenants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name that does not resolve yet does not stop HAProxy from starting (init-addr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: primary host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: secondary host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example of a frontend (to adapt, then uncomment):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing psql variable %1 (password of %2): add -v %1=...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostKeyDialog</name>
    <message>
        <source>Unknown host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 is not known yet. Its SHA256 fingerprint is:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare it with what the host itself shows, read on its console:
ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub
Accept only if both are the same; the key is then recorded in your known_hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 has CHANGED: nothing was sent to this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host shows now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your known_hosts records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard never accepts a changed key. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>running (or interrupted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already done before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal %1: nothing was run for this deployment from this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal of deployment %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run: %1 by %2, started %3, ended %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3@%4:%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done on %1 but not recorded here as applied (applied by an exported script or from another machine?): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded here as applied but absent from %1&apos;s journal (rolled back there, or the host reinstalled?): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 began on %2 and did not finish (interrupted, or still running): the next apply undoes what it did and runs it again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source># Written by publik-ha-wizard: database access of %1 (deployment %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System account %1 (UID %2, GID %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the users with identical UIDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database access of %1 (settings.d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview: PostgreSQL access in /etc/&lt;component&gt;/settings.d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publik packages on the primary host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the single-host installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared folders in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the shared folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to the share and link it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving the configuration and data of the Publik services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx configuration on the share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other shares: nginx configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static web files on the share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other shares: static web files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APT sources and preferences on the share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other shares: APT repositories and backports preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of the primary host&apos;s packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the installed packages (dpkg -l)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link %1 to the share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations on web2: prepare the folders before installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the nginx configuration to the share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations on web2: nginx configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the static web files to the share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations on web2: static web files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the APT sources and preferences to the share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations on web2: APT repositories and preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publik packages, keeping the shared configuration files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the packaged components, always refusing configuration changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages the primary host has and this host lacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare dpkg -l of web1 and web2 and install the missing packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publik crons disabled on this secondary host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabling the Publik crons on web2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services wait for the share %1 (RequiresMountsFor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File share settings: RequiresMountsFor= drop-ins</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>%1: connected, root works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the checks could not run (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not the same share as on the primary host (a token written there is not read here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount the same NFS export on every host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the system is %2, not Debian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Debian hosts, as the procedure requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Debian %2, the procedure was checked on Debian 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefer Debian 12 (bookworm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 processors, the prerequisites ask for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the host more processors before production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the host more memory before production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enlarge the disk before production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the share is not mounted on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount the NFS share on %1 (and in /etc/fstab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: root cannot write in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the share without root squashing (no_root_squash) to the hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write on the share (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the account %2 exists with UID:GID %3, the deployment wants %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the deployment&apos;s UID/GID or the account on the host (files included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: UID %2 is taken by %3 (wanted for %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another UID in the deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: GID %2 is taken by the group %3 (wanted for %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another GID in the deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database %2:%3 cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address, the port, the firewall and listen_addresses/pg_hba.conf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no tool to test the database connection (python3 or nc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not available from the APT sources: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Entr&apos;ouvert&apos;s repository to the host&apos;s APT sources and run apt-get update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Publik is not installed yet; the plan installs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Publik installed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n package(s) of the primary host are missing here (%2); the plan installs those the deployment lists.</source>
        <translation>
            <numerusform>%1: %n package of the primary host are missing here (%2); the plan installs those the deployment lists.</numerusform>
            <numerusform>%1: %n packages of the primary host are missing here (%2); the plan installs those the deployment lists.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: a cron of %2 outside the files the procedure names: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On secondaries, disable it by hand or check that running it on every host is harmless.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/etc/machine-id is the same on %1 (cloned hosts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate it on the clones: rm /etc/machine-id &amp;&amp; systemd-machine-id-setup, then reboot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>www-data does not have the same UID:GID everywhere: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give www-data the same UID and GID on every host before sharing files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 blocking problem(s), %2 warning(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: database credentials not checked: python3-psycopg2 is absent on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install python3-psycopg2 on %1 to have them checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database server %2 refused the credentials of %3 (database %4, role %5): %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give in %1 the password of the role %2 on the server (the one apply will write for %3), or set it on the server: ALTER ROLE %2 PASSWORD &apos;…&apos;; check the role&apos;s name in the deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database server %2 does not accept connections from this host for %3 (database %4, role %5): %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a line for %1 (database %2, role %3) to pg_hba.conf on the database server, then reload PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database %2 of %3 does not exist on %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the database %1 (owner %2) on the server, or correct its name in the deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot connect to the database %2 as %3 for %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database server %1 and the deployment&apos;s database settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: database credentials accepted for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database credentials of %1 not checked: the password is not given (%2 is not set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 (as for apply) to have them checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enlarge the share or free space on it before apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of memory, the prerequisites ask for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 free on /, the prerequisites ask for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: share %2 writable, %3 free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folders to move to the share need %2, %3 has %4 free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the checks again; if they fail again, check that root can run sh, df and getent on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the checks again; if they fail again, read what the host said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that root can write in %1 on this host (export the share with no_root_squash) and that it is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install python3 on %1 to have the database connection tested.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone (rollback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started, not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAProxy (the client&apos;s front end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the backend below to the HAProxy configuration, with every host: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace publik.example.org in the health check with one of the tenants&apos; names; check the configuration (haproxy -c), then reload HAProxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that every host is up in HAProxy&apos;s statistics, then stop one host&apos;s nginx and check that the sites still answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL (the client&apos;s database cluster %1, port %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have the roles and databases below created (export --sql), the passwords given as psql variables (-v), never written down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow the hosts %1 in pg_hba.conf (scram-sha-256), then reload PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the connection of each component from each host (the preflight does it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFS share (the client&apos;s file server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the share in NFSv4 to every host, root allowed (no_root_squash: the installation moves root&apos;s files there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount it on every host at %1, at boot (/etc/fstab), with the options below; check with findmnt %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the Publik folder %1 is on the share and that the share has the space the data needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># /etc/exports on the NFS server (path to adapt):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># /etc/fstab on every host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point every tenant&apos;s name (portal, back office, identity provider, forms…) to HAProxy, not to one host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower the names&apos; TTL a day before switching, raise it again afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants (hobo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy the tenants with hobo on the primary host only (hobo-manage cook RECIPE.json): their files are on the share, every host serves them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check each tenant through HAProxy, then on each host directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publik high availability — checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secondary host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back on %1 by %2: the applied steps were undone on every host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback of %1 by %2 not complete (%3): see the steps below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run started on %1 by %2, not finished (interrupted?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run of %1 by %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation finished on %1 by %2: every step is done on every host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run of %1 by %2 stopped before its end: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left in place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPrinter</name>
    <message>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publik-ha-wizard %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run from this machine yet: tick each step as it is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run recorded in the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This checklist is rendered from the deployment file and the installation plan that the tool runs (the same steps as its preview and its exported scripts). It holds no password: each one is named by the variable that provides it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. The deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1.1 Hosts and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1.2 System accounts (same UID and GID on every host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1.3 Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL server: &lt;b&gt;%1&lt;/b&gt;, port &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its own, one per tenant (CREATEDB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password (given by)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1.4 NFS share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount point on every host: &lt;b&gt;%1&lt;/b&gt;. Publik folder: &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Preflight checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known for this report: run the checks (the wizard&apos;s Checks page, or publik-ha-wizard check FILE) before the installation and note the outcome here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks run, nothing blocking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every check passed on every host: nothing to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding and what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Service interruptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step of this plan stops a service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These steps stop services while they move files to the share; plan them when the sites may be unavailable for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Checklist of the installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step of the plan, host by host, in the order it runs (primary host first), numbered as in the preview. Tick each box once the step is checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback done: the steps marked undone are no longer applied on the hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 (%3), %n step(s)</source>
        <translation>
            <numerusform>%1 — %2 (%3), %n step</numerusform>
            <numerusform>%1 — %2 (%3), %n steps</numerusform>
        </translation>
    </message>
    <message>
        <source>procedure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stops: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Tasks left to people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procedure leaves these to the client&apos;s teams: tick each one once done and checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publik-ha-wizard %1 — signed copy to keep with the deployment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on: ……………</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initials: ……………</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those already done before the installation are left in place: the rollback only undoes what the tool did.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>Cannot write the local journal %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the local journal %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment has no primary host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set: %1. The steps that write these passwords will stop on %2 unless they are already done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 (%2@%3:%4)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock taken over: %1/lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment %1 is locked by %2 (%3/lock on the share): another run is going on. If it is not, run again with --take-over-lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the share&apos;s mount point %2 is missing: mount the NFS share first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot take the deployment&apos;s lock on the share (%2).%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not release the lock %1/lock (%2): remove it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before step %1 on %2, as asked. Run apply again to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: step %2 already done, skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: step %2 (%3) failed, exit status %4.%5
Fix the cause, then run apply again to resume, or rollback to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: step %2 (%3) interrupted: %4%5
Run apply again: the host&apos;s journal resumes the step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All steps are done on every host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback complete on every host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: undoing the applied steps (host journal)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rollback stopped (%2).%3
The host&apos;s journal keeps what is left to undo: fix the cause and run rollback again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link to %1 dropped: connecting again to release the lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every host before changing anything (as check does)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply stopped before changing anything: the checks found blocking problems (above, as check shows them). Fix them, then run apply again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: apply stopped at the operator&apos;s request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: step %2 (%3) was running: it goes on to its end on %1, whose journal (%4) records it; its lock (%5) is held until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: stopped before step %2 (%3); the steps before it are done, as %1&apos;s journal (%4) records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: every step is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: not started in this run (nothing changed there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run apply again to resume where it stopped, or rollback to undo what was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: rollback stopped at the operator&apos;s request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: its rollback was running: it goes on to its end on %1, whose journal (%2) keeps what is left to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: not rolled back yet (its journal is intact).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run rollback again to finish undoing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock %1/lock was left by %2, a process of this machine that no longer runs: taken over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before step %1 on %2, as asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: step %2 (%3) failed, exit status %4.%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: step %2 (%3) interrupted: %4%5
The host&apos;s journal knows where the step stood: Resume takes it up again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Script</name>
    <message>
        <source>ERROR:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the journal %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group %s already exists with GID %s instead of %s: nothing was changed; give it the planned GID by hand or change the deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GID %s is already taken by the group %s (wanted for %s): choose another GID in the deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account %s already exists with UID:GID %s instead of %s: nothing was changed; fix it by hand or change the deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UID %s is already taken by the account %s (wanted for %s): choose another UID in the deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s exists but is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %s is missing: check that the share is mounted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s exists; its content is not compared because %s is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the file %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot restore %s: a folder is in the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep %s in the backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copying %s to %s (%s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy of %s to %s differs from the source: the source is kept, the copy removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s already exists on the share: %s is not moved. Check the share&apos;s content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move %s to %s and link it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s is missing on the share: run the primary host&apos;s script first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the primary host&apos;s package list %s is missing: run the primary host&apos;s script first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment out the lines of %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reload systemd on rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %s: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s is not set: export it or run the script on a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s contains a control character, which is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected command in the journal: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback stopped at: %s. The journal keeps what is left to undo; fix the cause and run --rollback again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undoing step %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %s/%s %s: already done (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %s/%s %s: would be run (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %s/%s %s: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %s failed (%s). The journal says what was done; run again to resume, or --rollback to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %s ran but its check still fails (%s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %s: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deployment is locked (%s) by %s: another run is going on. If it is not, remove that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %s was interrupted: undoing what it did before resuming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run this script as root (sudo sh SCRIPT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback: undoing the applied steps in reverse order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all steps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secondary host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publik-ha-wizard %1: Publik high availability, deployment %2, host %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script %1 of %2: run the scripts in their order, each one to its end, as root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords come from the variables PUBLIK_DB_PASSWORD_&lt;COMPONENT&gt; or are typed on the terminal; this file holds none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated file: change the deployment and export again rather than editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation plan, deployment %1: %2 hosts, %3 steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords are shown as «VARIABLE»: they are read on the host at run time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), script %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback (from the journal):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reversible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1 (%2:%3, %4):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s is not valid UTF-8: type it again on a UTF-8 terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %s was added to the share with a name the journal cannot hold; remove it by hand after a rollback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lock of %s is left from a process that no longer runs: taken over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a real run would stop here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the share %s is not a mounted file system on this host (only a folder, or missing): nothing was changed. Mount the share, then run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this machine takes part in the deployment %s as the host %s (recorded at its first run), and this script is for %s: nothing was changed. Run on each host its own script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the state of the deployment %s on this host was recorded by another machine (machine-id %s, this one is %s): a copied or cloned system? Nothing was changed. If this is the same host with a new machine-id, remove %s and run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--host-is=%s: this script is for the host %s. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this machine is named %s and this script is for the host %s: nothing was changed. Run on each host its own script; if this machine is that host under another name, run again with --host-is=%s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this host already takes part in the deployment %s (journal %s) and cannot take part in %s as well: nothing was changed. If the deployment was renamed, use the file or the scripts of %s; otherwise roll it back first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing of the deployment %s to undo on this host, which takes part in the deployment %s: roll back with the file or the scripts of %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sh %1 [--dry-run | --rollback | --help] [--host-is=%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sh SCRIPT [--dry-run | --rollback | --help] [--host-is=NAME]
  --dry-run        show what would be done, change nothing
  --rollback       undo the applied steps in reverse order, from the journal
  --host-is=NAME   this machine is the deployment&apos;s host NAME under another host name (needed on its first run only)
Before changing anything, the script checks that the share is mounted, that this machine is the host it was exported for, and that it takes part in no other deployment.
Passwords: environment variables PUBLIK_DB_PASSWORD_&lt;COMPONENT&gt;, or typed on the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: this machine is named %s, not %s; reached at that host&apos;s address (%s) with its known host key, it is taken for that host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: this machine is named %s, not %s, and holds nothing of the deployment %s to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s and its copy on the share %s both exist and differ: nothing was deleted. Compare them, keep the right one in %s, remove the other, then run the rollback again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what step %s had done is undone, and the services it had stopped (%s) are running again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %s could not be fully undone: the services it had stopped (%s) may not be running. The journal keeps what is left: fix the cause and run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s paths that appeared on the share during the installation are not the packages&apos; own: rollback keeps them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s is kept: it is not empty (what it holds was not written by the packages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback refused: secondary hosts are still attached to the share (%s, recorded in %s). Roll them back first (their script with --rollback, or the tool&apos;s rollback, which does them first), then run this rollback again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback refused: this host has no journal (%s) but is attached to the share (%s). Rollback cannot tell what was done here and changes nothing. Stop the Publik services of this host, remove those links (rm LINK, never rm -r) and put the host&apos;s own folders back, or reinstall the host; then run the rollback again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s removed: this host is no longer attached to the share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no journal on this host and no link into the share: nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the share %s is not mounted on this host: mount it (and add it to /etc/fstab), then run the script again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restart %s on rollback if it runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restarting %s: its settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kB MB GB TB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough space to copy %s (%s) into %s (%s free): nothing was moved; free some space on the share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %s: moving %s needs %s, and %s has %s free. Nothing was moved and no service was stopped: free some space on the share, then run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services stopped while their files move: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services restarted if their settings change: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptFolder</name>
    <message>
        <source>%1 is a symbolic link: the scripts are never written through one. Give the folder itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not written by publik-ha-wizard, and a &apos;*.sh&apos; pattern on the folder would run it with the scripts: move it away or export into another folder. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the way (it is not a file): remove it or export into another folder. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write into %1: %2. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the scripts into %1: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SizeUnit</name>
    <message>
        <source>%1 kB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshSession</name>
    <message>
        <source>%1: cannot read the SSH configuration %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create an SSH session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invalid SSH option: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server did not show its host key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (a key of another type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: passphrase needed; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the key (wrong passphrase?); </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: key refused; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh-agent: no key accepted; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password refused; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password given; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no method the server accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sudo needs the password of %2: none was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the SSH link is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open an SSH channel: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot start the command: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the command did not finish within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the SSH link dropped during the command (%2): the command&apos;s outcome on the host is unknown; the host&apos;s journal tells what was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the command&apos;s input could not be sent: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the command ended without an exit status (killed by a signal?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH link dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no exit status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the SSH link dropped (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the SSH configuration %2 includes files more than 16 levels deep (%3: an Include loop?); ssh refuses it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file exists and can be read, or give another one with --ssh-config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the Include loop from the SSH configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this machine has free memory, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the host&apos;s address, port and user in the deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the address and port are those of an SSH server, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot record the host key in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that %1 and its folder can be written by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the host key of %2 is unknown (%3 in %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one the host shows (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub, on the host), then accept it (--accept-new-host-keys headless).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the known hosts file %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that %1 can be read, or give another file with --known-hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the host key of %2 has CHANGED%3: the server now shows %4, %5 records %6. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the host was reinstalled, check the new fingerprint with its administrator and remove the old line (ssh-keygen -R %1 -f %2); otherwise, someone may be between you and the host: do not go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: authentication of %2 failed (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the key in ssh-agent, choose the host&apos;s key file, or give the SSH password (in the wizard, or %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not root and sudo is off for this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn sudo on for this host, or connect as root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot become root (%2)%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the sudo rights of %1 on the host (sudo -l) and its sudo password (in the wizard, or %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the name %2 does not resolve (no DNS record).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the host&apos;s address in the deployment, or add the name to the DNS or to /etc/hosts of this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 refuses connections on port %3: no SSH server listens there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the port in the deployment and that sshd runs on the host (systemctl status ssh).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 does not answer on port %3 (waited %4 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the host is up, its address, and that no firewall drops port %1 between this machine and the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no network route to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address and this machine&apos;s network towards the host (VPN, routes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot connect to %2 port %3 (libssh: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address, the port and that sshd runs on the host.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemError</name>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many levels of symbolic links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input/output error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system is out of resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only file system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no space left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system error %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>format: version %1 is not supported (expected 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name: use 1 to 63 lower-case letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the host name must be 1 to 63 letters, digits or &apos;-&apos; (RFC 1123), without spaces or symbols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the host name %2 is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter a DNS name (RFC 1123) or an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the SSH user must be a Unix account name (lower-case letters, digits, &apos;_&apos; or &apos;-&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the user %2 is not root: enable sudo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose the private key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the path contains control characters or is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hosts: exactly one primary host is required (found %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hosts: between 1 and %1 secondary hosts are required (found %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>components: choose at least one Publik component.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the component %2 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a known component: package, account, service and folders named %2 are assumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the account name must be lower-case letters, digits, &apos;_&apos; or &apos;-&apos; (32 at most), starting with a letter or &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the account %2 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter an absolute path without &apos;..&apos;, spaces or symbols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts: the component %1 needs the system account %2 with its UID and GID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database.host: enter a DNS name (RFC 1123) or an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database.port: the port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database.components.%1: the database name and user of %1 are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 has no Django database in this deployment; this entry is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a database name is letters, digits and &apos;_&apos; (63 at most), not starting with a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a role name is letters, digits and &apos;_&apos; (63 at most), not starting with a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nfs.publik_dir: the Publik folder must be inside the share %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nfs.publik_dir: this folder is reserved for the wizard&apos;s own state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: at least one package is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a component with a database needs a system account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is the name of a step of the plan and cannot name a component.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 differs from another account only by &apos;-&apos; and &apos;_&apos;; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nfs.mount: the share %1 overlaps %2, which the plan moves onto the share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 port %3 is the same host as %4; each host is listed once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not in components; this description is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is an account of the system or of other software; a component has its own account: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: UID 0 is root&apos;s and cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: GID 0 is root&apos;s and cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: UID %2 is reserved (nobody, or the invalid -1); choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: GID %2 is reserved (nogroup, or the invalid -1); choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: UID %2 is outside the chosen range %3–%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: GID %2 is outside the chosen range %3–%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: UID %2 is already given to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: GID %2 is already given to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: UID %2 is below 1000, where Debian packages create their own system accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: GID %2 is below 1000, where Debian packages create their own system groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nfs.mount: enter an absolute path without &apos;..&apos;, &apos;//&apos;, spaces or symbols, without a trailing &apos;/&apos;, each name 255 bytes at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nfs.publik_dir: enter an absolute path without &apos;..&apos;, &apos;//&apos;, spaces or symbols, without a trailing &apos;/&apos;, each name 255 bytes at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the configuration folder must be one folder directly under /etc (/etc/NAME), named after the component.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the data folder must be one folder directly under /var/lib (/var/lib/NAME), named after the component.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 belongs to the system or to other software; a component has folders of its own, named after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 overlaps %3, which the plan shares itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 overlaps %3 of %4; each component has folders of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is a service of the system or of other software; the plan stops a component&apos;s own service only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a cron file: each one is a file directly in /etc/cron.d, /etc/cron.hourly, /etc/cron.daily, /etc/cron.weekly or /etc/cron.monthly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is a cron of the system or of other software; only the component&apos;s own crons are disabled on secondaries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the cron file %2 is already listed by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a component name is 2 to 63 lower-case letters, digits and &apos;-&apos;, starting and ending with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is the name of the system or of other software (its package, service, folder or cron); a component cannot take it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id_range: the range must be within %1 to %2 with min ≤ max (the other IDs are reserved).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is read as an IPv4 address written in hexadecimal, octal or short form; write it as four decimal numbers (such as 10.0.0.11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: UID %2 is in a range that Debian and systemd reserve (1–99, 60000–65535); choose one in %3–%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: GID %2 is in a range that Debian and systemd reserve (1–99, 60000–65535); choose one in %3–%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nfs.mount: %1 belongs to the system or is a temporary folder and cannot be the share; mount the share on a folder made for it: /srv/NAME, /mnt/NAME, /media/NAME or a folder of your own at the top (/nfs, /data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nfs.mount: %1 belongs to a user (a home, or the user&apos;s removable media); mount the share on a folder made for it, such as /srv/nfs or /mnt/publik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nfs.mount: %1 is the folder of a service or of removable media (/srv/ftp, /media/cdrom, …); mount the share on a folder made for it, such as /srv/nfs or /mnt/publik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a plain Debian package name: 2 to 100 lower-case letters, digits, &apos;-&apos;, &apos;+&apos; and &apos;.&apos;, starting with a letter or digit and ending with one (or with &apos;+&apos;, as g++), &apos;.&apos; only between letters or digits; apt would read any other name as a command (a final &apos;-&apos; removes the package) or as a pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not named after the component %3 (exactly its name or one of its packages); a component has folders of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is a package of the system or of other software; a component&apos;s packages are its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a package of the component %3: its packages are named %3, %3-… or python3-%3….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a service name is 2 to 63 lower-case letters, digits and &apos;-&apos;, starting and ending with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the service %2 is not named after the component %3 (exactly its name or one of its packages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the cron file %2 is not named after the component %3 (exactly its name, one of its packages, python-%3 or python3-%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is a role of PostgreSQL itself; give the component a role of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is a database of PostgreSQL itself; give the component a database of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is also the database of %3; each component needs a database of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is also the role of %3; each component needs a role of its own (with its own password).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phw::AccountsPage</name>
    <message>
        <source>System accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every host gets the same accounts with the same UID and GID, so that the files on the share belong to the same users everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the procedure&apos;s own example is inconsistent (it gives chrono 2109 and bijoe 2110 after a loop that ends at 2109). What is shown here is what will be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First UID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number the accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each account, in order, UID and GID from the first UID on (the procedure&apos;s loop); missing accounts of the components are added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phw::AccountsTableModel</name>
    <message>
        <source>%1 (from its component)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phw::ChecksPage</name>
    <message>
        <source>Preflight checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every host is checked at once over SSH, as root: nothing is changed. Next is enabled when nothing blocks and the warnings are acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run the checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks have not run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment changed since the checks ran: run them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to every host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks stopped: run them again to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one finding blocks the installation: do what it says, then run the checks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing blocks; read the warnings and acknowledge them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>I have read the %n warning(s) and go on anyway</source>
        <translation>
            <numerusform>I have read the warning and go on anyway</numerusform>
            <numerusform>I have read the %n warnings and go on anyway</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phw::DatabasePage</name>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server every host connects to, and for each component its database, its role and the role&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. sql-prod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database &amp;server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every component needs a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every component needs a database except %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set (else %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phw::DeploymentModel</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phw::ExecutionPage</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan runs on the hosts over SSH, the primary first, then the secondaries in parallel. Every host journals what it does: a run can be stopped, resumed, or rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Execute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks before each step, showing its commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs again: each host resumes where its journal stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll &amp;back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoes what was done, host by host, from the hosts&apos; journals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands of the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop &amp;here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps by host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log of every host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text to find (Ctrl+F), Enter for the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the selected lines (all the view&apos;s lines if none is selected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the &amp;log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (primary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (secondary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already done (skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 stopped for a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the installation of %1 on %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services are interrupted during the run:
%1
The primary runs first, then the secondaries in parallel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the installation of %1 step by step?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each step is shown with its commands and runs only once you say so; the hosts run one after the other. Services are interrupted during the run:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log cannot be written to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2, started %3 by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: step %1 of %2 on %3, %4 (%5). Run it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 on %2: waiting for the operator&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: useradd and groupadd warn that the accounts&apos; UIDs and GIDs are outside the system range (above 999). That is intended: the procedure gives every host the same fixed UIDs and GIDs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 steps undone or never applied · %3 elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 steps done · %3 elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation complete on every host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback complete: the hosts are as they were before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. %1
Resume goes on where the journals stopped; Roll back undoes what was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before the step, as asked: nothing of it was done. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure on %1, step %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run did not complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last lines of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the cause, then Resume; or Roll back to undo what was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop at &amp;once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop asked: the running steps end on the hosts (their journals record them), no other starts. Stop again to stop at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping at once: the running steps go on to their end on the hosts, whose journals record them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator stopped the run before this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local journal cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 steps done according to this machine&apos;s journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run: %1, %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading each host&apos;s journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its journal could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its journal agrees with this machine&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its journal differs from this machine&apos;s (the host&apos;s is right): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its journal cannot be read now (%2); the rollback reads it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n step(s) to undo: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo what was done on %1, in this order (secondaries first)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run has written a log yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs (*.log *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link was lost during the step: the host&apos;s journal says how it ended; Resume reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running, %1/%2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 steps undone or never applied, %3 left in place (done before the installation) · %4 elapsed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phw::HostsPage</name>
    <message>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary host (the procedure&apos;s web1) and the secondary hosts. Exactly one host is primary; scripts run on it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hosts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the &amp;key file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the selected host as the installation will (SSH configuration, known_hosts, authentication, root or sudo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected, root works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not resolve: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, port %2 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, port %2: no answer within 5 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: state and SSH secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, port %2 not probed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tested yet (Test the connection tries it as the installation will)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set (else %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudo password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set (else %1, else the SSH password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the key of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH passw&amp;ord:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudo passwor&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key pass&amp;phrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what the connection needs (nothing with the SSH agent), kept in the system keychain under the deployment&apos;s name, never in its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what the connection needs (nothing with the SSH agent). No system keychain is reachable: kept in memory for this session only, never on disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phw::HostsTableModel</name>
    <message>
        <source>SSH agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phw::PageBase</name>
    <message numerus="yes">
        <source>Next is disabled: %n problem(s) to correct on this page, shown in red.</source>
        <translation>
            <numerusform>Next is disabled: %n problem to correct on this page, shown in red.</numerusform>
            <numerusform>Next is disabled: %n problems to correct on this page, shown in red.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>phw::PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The installation plan, host by host and step by step: what will run, what it checks first, and the files it writes. Passwords are shown as «VARIABLE».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export the script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one sh script per host, the same files as publik-ha-wizard export --script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment still has problems: go back to the pages that show them in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deployment %1: %n host(s), </source>
        <translation>
            <numerusform>Deployment %1: %n host, </numerusform>
            <numerusform>Deployment %1: %n hosts, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s).</source>
        <translation>
            <numerusform>%n step.</numerusform>
            <numerusform>%n steps.</numerusform>
        </translation>
    </message>
    <message>
        <source>primary host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secondary host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), script %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scripts exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One script per host was written in %1. Run them in their order, each to its end, as root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to the host&apos;s files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service interruptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (step %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped while their files move: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restarted if their settings change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no service is stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2:%3, %4) on %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  not read by the checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  absent from the host today: the step creates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  the same as on the host: the step leaves it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- the host&apos;s file today (a password line shows its key only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ what the step writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  too large to compare here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <comment>between two lists</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phw::ProblemLabel</name>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phw::ReportPage</name>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist to print, tick and sign: the deployment, the checks, every step with its outcome when it ran, the tasks left to the client&apos;s teams. No password is in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the checklist on a printer of this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the checklist as a PDF file (A4), the same file as publik-ha-wizard export --report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment still has problems: go back to the pages that show them in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deployment %1: %n step(s) to tick, </source>
        <translation>
            <numerusform>Deployment %1: %n step to tick, </numerusform>
            <numerusform>Deployment %1: %n steps to tick, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) left to people.</source>
        <translation>
            <numerusform>%n task left to people.</numerusform>
            <numerusform>%n tasks left to people.</numerusform>
        </translation>
    </message>
    <message>
        <source>The deployment still has problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the checklist as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phw::SecretStore</name>
    <message>
        <source>Looking for the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords are saved in the system keychain, never in the deployment file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is reachable: the passwords are kept in memory for this session only, never on disk. Type them again next time, or set the PUBLIK_DB_PASSWORD_&lt;COMPONENT&gt; variables.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phw::SharePage</name>
    <message>
        <source>NFS share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NFS share, mounted at the same place on every host, and the Publik folder inside it where the configuration and data are moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. /srv/nfs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mount point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. /srv/nfs/publik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publik &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What the primary host moves into the Publik folder, and every host links back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders moved to the share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phw::WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new deployment with the procedure&apos;s values, or open a deployment file. Nothing is changed on the hosts before the last page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill every page with the procedure&apos;s values: web1 and web2, the eight accounts from UID 2102, sql-prod:5432, /srv/nfs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a deployment file (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. macollectivite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent deployments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages that follow: Hosts, System accounts, Database, NFS share, Preflight checks, then the Preview of the installation plan, which can be exported as one script per host. Every field is checked as you type; Next stays disabled while a page has a problem, shown in red beside the field. The deployment file never holds a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <comment>the language this text is in</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phw::WizardWindow</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Publik high availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment %1 has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last session ended before the deployment %1 was saved. Its changes were kept in a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the draft? Otherwise it is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is going on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment %1 is being run on its hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop it and close? The running steps end on the hosts, whose journals record them; reopening the deployment shows where it stopped, to resume or roll back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
