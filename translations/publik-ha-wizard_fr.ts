<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the deployment is valid (%2 hosts, %3 components).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: script of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: publik-ha-wizard [--lang fr|en]                 open the wizard
       publik-ha-wizard validate FILE [--lang fr|en]   check a deployment file
       publik-ha-wizard plan FILE [--json]             print the installation plan
       publik-ha-wizard export FILE --script DIR       write one sh script per host

Exit status: 0 success, 1 failure, 2 bad input (invalid deployment or usage).
Passwords: PUBLIK_DB_PASSWORD_&lt;COMPONENT&gt; (upper case, &apos;-&apos; as &apos;_&apos;); never in the file.
Language: French by default; --lang en or PUBLIK_HA_LANG=en for English.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command %1.</source>
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
        <source>Usage: sh SCRIPT [--dry-run | --rollback | --help]
  --dry-run   show what would be done, change nothing
  --rollback  undo the applied steps in reverse order, from the journal
Passwords: environment variables PUBLIK_DB_PASSWORD_&lt;COMPONENT&gt;, or typed on the terminal.</source>
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
        <source>Usage: sh %1 [--dry-run | --rollback | --help]</source>
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
        <source>%1: another host already uses %2.</source>
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
        <source>%1: a component name is made of lower-case letters, digits and &apos;-&apos;.</source>
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
        <source>id_range: the range must be within 1 to 65534 with min ≤ max.</source>
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
        <source>%1: %2 0 is root&apos;s and cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 is outside the chosen range %4–%5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 is already given to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 is below 1000, where Debian packages create their own system accounts.</source>
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
        <source>nfs.mount: enter an absolute path without &apos;..&apos;, &apos;//&apos;, spaces or symbols, and without a trailing &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nfs.mount: %1 is a system folder and cannot be the share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nfs.publik_dir: enter an absolute path without &apos;..&apos;, &apos;//&apos;, spaces or symbols, and without a trailing &apos;/&apos;.</source>
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
        <source>%1: a Debian package name is lower-case letters, digits, &apos;+&apos;, &apos;-&apos; and &apos;.&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: at least one package is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a service name is made of lower-case letters, digits and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a component with a database needs a system account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the configuration folder must be a safe absolute path under /etc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the data folder must be a safe absolute path under /var/lib.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: each cron file must be a safe absolute path under /etc/cron*.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phw::WizardWindow</name>
    <message>
        <source>Publik high availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wizard sets up Publik on a primary host and one or more secondary hosts that share their configuration and data over NFS. Meanwhile, the headless commands validate, plan and export are available: run publik-ha-wizard --help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
