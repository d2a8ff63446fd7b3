<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Ansible</name>
    <message>
        <source>publik-ha-wizard %1: Publik high availability, deployment %2: %3.</source>
        <translation>publik-ha-wizard %1 : haute disponibilité Publik, déploiement %2 : %3.</translation>
    </message>
    <message>
        <source>Ansible inventory</source>
        <translation>inventaire Ansible</translation>
    </message>
    <message>
        <source>Other deployments exported into the same folder add their own file here: Ansible merges them (groups phw_&lt;deployment&gt;_primary and phw_&lt;deployment&gt;_secondaries).</source>
        <translation>Les autres déploiements exportés dans le même dossier ajoutent ici leur propre fichier : Ansible les fusionne (groupes phw_&lt;déploiement&gt;_primary et phw_&lt;déploiement&gt;_secondaries).</translation>
    </message>
    <message>
        <source>Deployment %1: primary host</source>
        <translation>Déploiement %1 : hôte principal</translation>
    </message>
    <message>
        <source>Deployment %1: secondary hosts</source>
        <translation>Déploiement %1 : hôtes secondaires</translation>
    </message>
    <message>
        <source>Check that the database passwords are given</source>
        <translation>Vérifier que les mots de passe des bases de données sont fournis</translation>
    </message>
    <message>
        <source>A database password is missing: set %1 in the environment, or %2 in a file encrypted with Ansible Vault (see the README).</source>
        <translation>Un mot de passe de base de données manque : définissez %1 dans l&apos;environnement, ou %2 dans un fichier chiffré avec Ansible Vault (voir le README).</translation>
    </message>
    <message>
        <source>Deployment %1: rollback of the primary host</source>
        <translation>Déploiement %1 : retour arrière de l&apos;hôte principal</translation>
    </message>
    <message>
        <source>Deployment %1: rollback of the secondary hosts</source>
        <translation>Déploiement %1 : retour arrière des hôtes secondaires</translation>
    </message>
    <message>
        <source>Read the host&apos;s journal</source>
        <translation>Lire le journal de l&apos;hôte</translation>
    </message>
    <message>
        <source>Undo the applied steps in reverse order, from the host&apos;s journal</source>
        <translation>Annuler les étapes appliquées dans l&apos;ordre inverse, d&apos;après le journal de l&apos;hôte</translation>
    </message>
    <message>
        <source>Ansible playbook</source>
        <translation>playbook Ansible</translation>
    </message>
    <message>
        <source>One task a step of the plan, named by its title and tagged by its id; each runs the host&apos;s script (scripts/%1/) with --step=ID, as the tool does.</source>
        <translation>Une tâche par étape du plan d&apos;installation, nommée par son titre et étiquetée par son identifiant ; chacune exécute le script de l&apos;hôte (scripts/%1/) avec --step=ID, comme le fait l&apos;outil.</translation>
    </message>
    <message>
        <source>Run from this folder: ansible-playbook %1 (--check: what would change; --tags rollback: undo from the hosts&apos; journals, secondaries first).</source>
        <translation>À lancer depuis ce dossier : ansible-playbook %1 (--check : ce qui changerait ; --tags rollback : retour arrière d&apos;après les journaux des hôtes, hôtes secondaires d&apos;abord).</translation>
    </message>
    <message>
        <source>Passwords: environment variables PUBLIK_DB_PASSWORD_&lt;COMPONENT&gt;, or the variable phw_db_passwords.%1.&lt;VARIABLE&gt; from Ansible Vault; this file holds none.</source>
        <translation>Mots de passe : variables d&apos;environnement PUBLIK_DB_PASSWORD_&lt;COMPOSANT&gt;, ou la variable phw_db_passwords.%1.&lt;VARIABLE&gt; d&apos;Ansible Vault ; ce fichier n&apos;en contient aucun.</translation>
    </message>
    <message>
        <source>publik-ha-wizard %1: Ansible settings for the exported playbooks (ansible-playbook run from this folder).</source>
        <translation>publik-ha-wizard %1 : réglages Ansible des playbooks exportés (ansible-playbook lancé depuis ce dossier).</translation>
    </message>
    <message>
        <source>The module arguments (the host scripts) are not copied into the hosts&apos; system log.</source>
        <translation>Les arguments des modules (les scripts des hôtes) ne sont pas copiés dans le journal système des hôtes.</translation>
    </message>
    <message>
        <source>The tasks&apos; input (scripts, passwords) goes through the SSH channel, never into a file on the host.</source>
        <translation>L&apos;entrée des tâches (scripts, mots de passe) passe par le canal SSH, jamais par un fichier sur l&apos;hôte.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link: the files are never written through one. Give the folder itself.</source>
        <translation>%1 est un lien symbolique : les fichiers ne sont jamais écrits à travers un lien. Donnez le dossier lui-même.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link: the files are never written through one. Nothing was written.</source>
        <translation>%1 est un lien symbolique : les fichiers ne sont jamais écrits à travers un lien. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1 is in the way (it is not a folder): remove it or export into another folder. Nothing was written.</source>
        <translation>%1 gêne (ce n&apos;est pas un dossier) : supprimez-le ou exportez dans un autre dossier. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1 was not written by publik-ha-wizard: move it away or export into another folder. Nothing was written.</source>
        <translation>%1 n&apos;a pas été écrit par publik-ha-wizard : déplacez-le ou exportez dans un autre dossier. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Cannot write the files into %1: %2. Nothing was changed.</source>
        <translation>Impossible d&apos;écrire les fichiers dans %1 : %2. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--script needs a folder.</source>
        <translation>--script demande un dossier.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Option inconnue %1.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) to fix.</source>
        <translation>
            <numerusform>%1 : %n problème à corriger.</numerusform>
            <numerusform>%1 : %n problèmes à corriger.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: script of %2</source>
        <translation>%1 : script de %2</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 demande une valeur.</translation>
    </message>
    <message>
        <source>Step %1 on %2: %3</source>
        <translation>Étape %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Run it? [y/N] </source>
        <translation>Exécuter cette étape ? [o/N] </translation>
    </message>
    <message>
        <source>Cannot read the journal %1: %2.</source>
        <translation>Impossible de lire le journal %1 : %2.</translation>
    </message>
    <message>
        <source>--step-timeout needs a number of minutes from 1 to 1440, not %1.</source>
        <translation>--step-timeout attend un nombre de minutes de 1 à 1440, pas %1.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>Commande inconnue « %1 » ; vouliez-vous dire « %2 » ?</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>severity: problem</comment>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n hôte</numerusform>
            <numerusform>%n hôtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n component(s)</source>
        <translation>
            <numerusform>%n composant</numerusform>
            <numerusform>%n composants</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the deployment is valid (%2, %3).</source>
        <translation>%1 : le déploiement est valide (%2, %3).</translation>
    </message>
    <message>
        <source>%1: removed (left by an earlier export)</source>
        <translation>%1 : supprimé (laissé par un export précédent)</translation>
    </message>
    <message>
        <source>rollback undoes every applied step on %1 and asks first; without a terminal to ask on, add --yes to confirm.</source>
        <translation>rollback défait toutes les étapes appliquées sur %1 et demande d&apos;abord confirmation ; sans terminal pour la demander, ajoutez --yes pour confirmer.</translation>
    </message>
    <message>
        <source>Undo every applied step of the deployment %1 on %2 (in this order, from the hosts&apos; journals)? [y/N] </source>
        <translation>Défaire toutes les étapes appliquées du déploiement %1 sur %2 (dans cet ordre, d&apos;après les journaux des hôtes) ? [o/N] </translation>
    </message>
    <message>
        <source>Rollback not confirmed: nothing was changed.</source>
        <translation>Retour arrière non confirmé : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Interrupted: the running steps end on the hosts, then the run stops, releases the lock and says where it stopped (Ctrl-C again to stop at once).</source>
        <translation>Interruption : les étapes en cours se terminent sur les hôtes, puis l&apos;exécution s&apos;arrête, libère le verrou et dit où elle s&apos;est arrêtée (Ctrl-C à nouveau pour arrêter tout de suite).</translation>
    </message>
    <message>
        <source>Stopping at once: the running steps go on to their end on the hosts, whose journals record them.</source>
        <translation>Arrêt immédiat : les étapes en cours vont jusqu&apos;à leur terme sur les hôtes, dont les journaux les enregistrent.</translation>
    </message>
    <message>
        <source>This machine&apos;s journal only: what apply and rollback run from here recorded. Rollback follows the hosts&apos; own journals (%1/%2/journal on each host).</source>
        <translation>Journal de cette machine seulement : ce qu&apos;ont enregistré apply et rollback lancés d&apos;ici. Le retour arrière suit les journaux des hôtes eux-mêmes (%1/%2/journal sur chaque hôte).</translation>
    </message>
    <message>
        <source>The hosts&apos; journals (--local skips them):</source>
        <translation>Les journaux des hôtes (--local les omet) :</translation>
    </message>
    <message>
        <source>%1: its journal could not be read: %2</source>
        <translation>%1 : son journal n&apos;a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>%1: its journal agrees with this one.</source>
        <translation>%1 : son journal concorde avec celui-ci.</translation>
    </message>
    <message>
        <source>%1: its journal differs from this one:</source>
        <translation>%1 : son journal diffère de celui-ci :</translation>
    </message>
    <message>
        <source>Where they differ, the hosts&apos; journals are right: rollback follows them. Each one is %1/%2/journal on its host.</source>
        <translation>Là où ils diffèrent, ce sont les journaux des hôtes qui font foi : le retour arrière les suit. Chacun est %1/%2/journal sur son hôte.</translation>
    </message>
    <message>
        <source>%1: written</source>
        <translation>%1 : écrit</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1: the PostgreSQL roles and databases; apply with:
%2</source>
        <translation>%1 : les rôles et bases de données PostgreSQL ; à appliquer avec :
%2</translation>
    </message>
    <message>
        <source>%1: the HAProxy backend (to adapt where its comments say)</source>
        <translation>%1 : le backend HAProxy (à adapter là où ses commentaires l’indiquent)</translation>
    </message>
    <message>
        <source>This build cannot write the report (no PDF writer).</source>
        <translation>Cette version ne sait pas écrire le rapport (pas de rédacteur PDF).</translation>
    </message>
    <message>
        <source>Cannot read the journal %1: %2; the report shows no outcome.</source>
        <translation>Impossible de lire le journal %1 : %2 ; le rapport ne montre aucun résultat.</translation>
    </message>
    <message numerus="yes">
        <source>%1: the checklist report (%n step(s))</source>
        <translation>
            <numerusform>%1 : le rapport (liste de contrôle, %n étape)</numerusform>
            <numerusform>%1 : le rapport (liste de contrôle, %n étapes)</numerusform>
        </translation>
    </message>
    <message>
        <source>publik-ha-wizard %1
Sets up Publik in high availability on Debian hosts: a wizard and headless commands (Debian package publik-ha-wizard).
</source>
        <translation>publik-ha-wizard %1
Installe Publik en haute disponibilité sur des hôtes Debian : un assistant et des commandes sans interface (paquet Debian publik-ha-wizard).
</translation>
    </message>
    <message>
        <source>The wizard needs a graphical session (neither DISPLAY nor WAYLAND_DISPLAY is set): without one, use the headless commands validate, plan, export, check, apply, status and rollback (publik-ha-wizard --help).
</source>
        <translation>L&apos;assistant a besoin d&apos;une session graphique (ni DISPLAY ni WAYLAND_DISPLAY n&apos;est défini) : sans elle, utilisez les commandes sans interface validate, plan, export, check, apply, status et rollback (publik-ha-wizard --help).
</translation>
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
        <translation>Usage : publik-ha-wizard [FICHIER] [--ssh-config FICHIER] [--known-hosts FICHIER] [--lang fr|en]
        publik-ha-wizard COMMANDE FICHIER [OPTION]...
Installe Publik en haute disponibilité sur deux hôtes Debian ou plus qui partagent leur
configuration et leurs données par NFS : un assistant, et des commandes sans interface qui
vérifient les hôtes, planifient, exécutent par SSH avec un journal et reviennent en arrière
(paquet Debian publik-ha-wizard).
Sans commande, il ouvre l&apos;assistant, sur FICHIER s&apos;il est donné ; l&apos;assistant a besoin d&apos;une
session graphique, les commandes non.

Commandes :
  validate FICHIER [--lang fr|en]   vérifie un fichier de déploiement
  plan FICHIER [--json]             affiche le plan d&apos;installation, secrets masqués
  export FICHIER --script DOSSIER   écrit un script sh par hôte
  export FICHIER --report SORTIE.pdf   le rapport de contrôle (PDF, A4)
  export FICHIER --sql SORTIE.sql      les rôles et bases PostgreSQL, pour le DBA (psql -v)
  export FICHIER --haproxy SORTIE.cfg  le backend HAProxy, pour l&apos;équipe du client
  export FICHIER --ansible DOSSIER     un inventaire et un playbook Ansible du même plan
      (export accepte à la fois plusieurs de --script, --report, --sql, --haproxy, --ansible)
  check FICHIER [SSH]               vérifications préalables : tous les problèmes sur tous les hôtes
  apply FICHIER [--step [--yes]] [SSH] [--take-over-lock] [--step-timeout MIN]
      exécute le plan sur les hôtes (relancé : le reprend)
  status FICHIER [--local] [SSH]    le journal de cette machine, comparé à ceux des hôtes
  rollback FICHIER [--yes] [SSH] [--take-over-lock] [--step-timeout MIN]
      retour arrière : annule les étapes appliquées, secondaires d&apos;abord

Options :
  --json                  plan : le plan en JSON
  --script DOSSIER        export : le dossier où les scripts sont écrits
  --report SORTIE.pdf     export : le rapport de contrôle, avec les résultats de l&apos;exécution
                          quand le journal de cette machine les contient
  --sql SORTIE.sql        export : le SQL qui crée les rôles et les bases
  --haproxy SORTIE.cfg    export : la section backend de HAProxy
  --ansible DOSSIER       export : inventaire, playbook et scripts (tous ou aucun)
  --ssh-config FICHIER    configuration du client SSH (par défaut ~/.ssh/config ; Include
                          suivi) ; SSH dans les commandes ci-dessus désigne cette option
                          et les deux suivantes
  --known-hosts FICHIER   clés d&apos;hôte connues (par défaut le UserKnownHostsFile de la
                          configuration, sinon ~/.ssh/known_hosts)
  --accept-new-host-keys  enregistre les clés d&apos;hôte inconnues (une clé modifiée est
                          toujours refusée)
  --step                  apply : demande confirmation avant chaque étape
  --yes                   répond oui à --step ; confirme un retour arrière (rollback
                          demande d&apos;abord sur un terminal, et refuse sans terminal ni --yes)
  --take-over-lock        reprend le verrou du déploiement (celui d&apos;un processus mort de
                          cette machine est repris sans cette option)
  --step-timeout MIN      après MIN minutes (60 par défaut), cesse d&apos;attendre une étape
                          (ou le retour arrière d&apos;un hôte) et le signale
  --local                 status : le journal de cette machine seulement, sans connexion
  --lang fr|en            la langue des messages (français par défaut)
  -h, --help              affiche cette aide et quitte
  --version               affiche la version et quitte

Code de sortie :
  0    succès
  1    échec (une vérification bloquante, une étape échouée ; pas de session graphique
       pour l&apos;assistant)
  2    entrée incorrecte (fichier de déploiement invalide, ou mauvais usage)
  130  apply ou rollback interrompu (Ctrl-C, SIGTERM) : il dit où il s&apos;est arrêté

Environnement :
  PUBLIK_HA_LANG                  fr ou en, quand --lang n&apos;est pas donné (fr par défaut)
  PUBLIK_DB_PASSWORD_&lt;COMPOSANT&gt;  un mot de passe de base de données (en majuscules,
                                  « - » devient « _ ») ; jamais dans le fichier de déploiement
  PUBLIK_SSH_PASSWORD[_&lt;HÔTE&gt;]    le mot de passe SSH (d&apos;un hôte, ou de tous)
  PUBLIK_SUDO_PASSWORD[_&lt;HÔTE&gt;]   le mot de passe sudo (par défaut : celui de SSH)
  PUBLIK_KEY_PASSPHRASE[_&lt;HÔTE&gt;]  la phrase de passe de la clé SSH (d&apos;un hôte, ou de
                                  tous)
  SSH_AUTH_SOCK                   l&apos;agent SSH, essayé avant les clés
  USER                            l&apos;utilisateur SSH quand la configuration n&apos;en nomme aucun
  XDG_DATA_HOME                   où le journal de cette machine est gardé (par défaut
                                  ~/.local/share)
  DISPLAY, WAYLAND_DISPLAY        la session graphique où l&apos;assistant s&apos;ouvre
  QT_QPA_PLATFORM                 la plateforme d&apos;affichage de Qt (offscreen : sans écran)
</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a symbolic link; give the path of the file itself.</source>
        <translation>Impossible d’écrire %1 : c’est un lien symbolique ; donnez le chemin du fichier lui-même.</translation>
    </message>
</context>
<context>
    <name>Deployment</name>
    <message>
        <source>%1: this field is required.</source>
        <translation>%1 : ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>%1: a text value is expected.</source>
        <translation>%1 : un texte est attendu.</translation>
    </message>
    <message>
        <source>%1: a whole number is expected.</source>
        <translation>%1 : un nombre entier est attendu.</translation>
    </message>
    <message>
        <source>%1: true or false is expected.</source>
        <translation>%1 : true ou false est attendu.</translation>
    </message>
    <message>
        <source>%1: an object is expected.</source>
        <translation>%1 : un objet est attendu.</translation>
    </message>
    <message>
        <source>%1: a list is expected.</source>
        <translation>%1 : une liste est attendue.</translation>
    </message>
    <message>
        <source>The deployment file is not valid JSON (offset %1: %2).</source>
        <translation>Le fichier de déploiement n&apos;est pas un JSON valide (position %1 : %2).</translation>
    </message>
    <message>
        <source>The deployment file must contain a JSON object.</source>
        <translation>Le fichier de déploiement doit contenir un objet JSON.</translation>
    </message>
    <message>
        <source>%1: expected &quot;agent&quot;, &quot;key&quot; or &quot;password&quot;.</source>
        <translation>%1 : « agent », « key » ou « password » est attendu.</translation>
    </message>
    <message>
        <source>%1: expected &quot;primary&quot; or &quot;secondary&quot;.</source>
        <translation>%1 : « primary » ou « secondary » est attendu.</translation>
    </message>
    <message>
        <source>Cannot read the deployment file %1: %2.</source>
        <translation>Impossible de lire le fichier de déploiement %1 : %2.</translation>
    </message>
    <message>
        <source>%1: %2 entries at most (this file has %3).</source>
        <translation>%1 : %2 éléments au plus (ce fichier en a %3).</translation>
    </message>
    <message>
        <source>%1: unknown key; did you mean &quot;%2&quot;?</source>
        <translation>%1 : clé inconnue ; vouliez-vous dire « %2 » ?</translation>
    </message>
    <message>
        <source>%1: unknown key; the keys here are: %2.</source>
        <translation>%1 : clé inconnue ; les clés possibles ici sont : %2.</translation>
    </message>
    <message>
        <source>%1: this key appears twice in the same object; keep only one.</source>
        <translation>%1 : cette clé apparaît deux fois dans le même objet ; n&apos;en gardez qu&apos;une.</translation>
    </message>
    <message>
        <source>The deployment file is larger than %1 MiB; a deployment file is a few kilobytes: check that it is the right file.</source>
        <translation>Le fichier de déploiement dépasse %1 Mio ; un fichier de déploiement fait quelques kilo-octets : vérifiez qu&apos;il s&apos;agit du bon fichier.</translation>
    </message>
    <message>
        <source>it is a device or a socket, not a file</source>
        <translation>c&apos;est un périphérique ou une socket, pas un fichier</translation>
    </message>
    <message>
        <source>it is larger than %1 MiB; a deployment file is a few kilobytes: check that it is the right file</source>
        <translation>il dépasse %1 Mio ; un fichier de déploiement fait quelques kilo-octets : vérifiez qu&apos;il s&apos;agit du bon fichier</translation>
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
        <translation>Publik en haute disponibilité, déploiement %1 : les rôles et bases de données PostgreSQL.
Écrit par publik-ha-wizard pour l’administrateur des bases ; à exécuter en superutilisateur
sur le serveur %2, port %3. Il peut être rejoué : ce qui existe est conservé, les
mots de passe et les propriétaires sont redéfinis.
Les mots de passe ne sont jamais écrits dans ce fichier : donnez chacun en variable psql,
par exemple depuis l’environnement :

%4</translation>
    </message>
    <message>
        <source>Every password variable must be given: nothing is changed otherwise.</source>
        <translation>Chaque variable de mot de passe doit être donnée : sinon rien n’est modifié.</translation>
    </message>
    <message>
        <source>%1: the role %2, which creates the databases of its tenants itself (CREATEDB).</source>
        <translation>%1 : le rôle %2, qui crée lui-même les bases de données de ses tenants (CREATEDB).</translation>
    </message>
    <message>
        <source>%1: the role %2 and the database %3.</source>
        <translation>%1 : le rôle %2 et la base de données %3.</translation>
    </message>
    <message numerus="yes">
        <source>publik-ha-wizard: %n role(s) ready.</source>
        <translation>
            <numerusform>publik-ha-wizard : %n rôle prêt.</numerusform>
            <numerusform>publik-ha-wizard : %n rôles prêts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Publik in high availability, deployment %1: the backend of the Publik hosts.
Written by publik-ha-wizard for the team that runs HAProxy. To adapt:
- the port of the servers (80 here: nginx on the hosts; for TLS up to the hosts,
  use 443 with &quot;ssl verify required ca-file ...&quot;);
- the Host header of the health check: one of your tenants&apos; names;
- the frontend that sends the Publik names to this backend (an example at the end).</source>
        <translation>Publik en haute disponibilité, déploiement %1 : le backend des hôtes Publik.
Écrit par publik-ha-wizard pour l’équipe qui gère HAProxy. À adapter :
- le port des serveurs (80 ici : nginx sur les hôtes ; pour du TLS jusqu’aux hôtes,
  utilisez 443 avec « ssl verify required ca-file ... ») ;
- l’en-tête Host du contrôle de santé : le nom d’un de vos tenants ;
- le frontend qui envoie les noms Publik vers ce backend (un exemple à la fin).</translation>
    </message>
    <message>
        <source>The sessions are in the database and the files on the share: no stickiness needed;
a request that fails on a host goes to another.</source>
        <translation>Les sessions sont en base de données et les fichiers sur le partage : pas d’affinité nécessaire ;
une requête qui échoue sur un hôte part vers un autre.</translation>
    </message>
    <message>
        <source>Publik (Django) needs the client&apos;s address and the original scheme and host:
X-Forwarded-For, X-Forwarded-Proto, X-Forwarded-Host.</source>
        <translation>Publik (Django) a besoin de l’adresse du client, du schéma et du nom d’origine :
X-Forwarded-For, X-Forwarded-Proto, X-Forwarded-Host.</translation>
    </message>
    <message>
        <source>Health check: a host is taken out when nginx does not answer. Replace
publik.example.org with the name of one of your tenants.</source>
        <translation>Contrôle de santé : un hôte est écarté quand nginx ne répond pas. Remplacez
publik.example.org par le nom d’un de vos tenants.</translation>
    </message>
    <message>
        <source>A name that does not resolve yet does not stop HAProxy from starting (init-addr).</source>
        <translation>Un nom qui ne se résout pas encore n’empêche pas HAProxy de démarrer (init-addr).</translation>
    </message>
    <message>
        <source>%1: primary host</source>
        <translation>%1 : hôte principal</translation>
    </message>
    <message>
        <source>%1: secondary host</source>
        <translation>%1 : hôte secondaire</translation>
    </message>
    <message>
        <source>Example of a frontend (to adapt, then uncomment):</source>
        <translation>Exemple de frontend (à adapter, puis décommenter) :</translation>
    </message>
    <message>
        <source>missing psql variable %1 (password of %2): add -v %1=...</source>
        <translation>variable psql %1 manquante (mot de passe de %2) : ajoutez -v %1=...</translation>
    </message>
</context>
<context>
    <name>HostKeyDialog</name>
    <message>
        <source>Unknown host key</source>
        <translation>Clé d’hôte inconnue</translation>
    </message>
    <message>
        <source>The host key of %1 is not known yet. Its SHA256 fingerprint is:

%2</source>
        <translation>La clé d’hôte de %1 n’est pas encore connue. Son empreinte (SHA256) est :

%2</translation>
    </message>
    <message>
        <source>Compare it with what the host itself shows, read on its console:
ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub
Accept only if both are the same; the key is then recorded in your known_hosts.</source>
        <translation>Comparez-la avec ce que l’hôte affiche lui-même, lu sur sa console :
ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub
N’acceptez que si les deux sont identiques ; la clé est alors enregistrée dans votre known_hosts.</translation>
    </message>
    <message>
        <source>&amp;Accept the key</source>
        <translation>&amp;Accepter la clé</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>Changed host key</source>
        <translation>Clé d’hôte modifiée</translation>
    </message>
    <message>
        <source>The host key of %1 has CHANGED: nothing was sent to this host.</source>
        <translation>La clé d’hôte de %1 a CHANGÉ : rien n’a été envoyé à cet hôte.</translation>
    </message>
    <message>
        <source>The host shows now:</source>
        <translation>L’hôte présente maintenant :</translation>
    </message>
    <message>
        <source>Your known_hosts records:</source>
        <translation>Votre known_hosts enregistre :</translation>
    </message>
    <message>
        <source>The wizard never accepts a changed key. %1</source>
        <translation>L’assistant n’accepte jamais une clé modifiée. %1</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>running (or interrupted)</source>
        <translation>en cours (ou interrompue)</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>appliquée</translation>
    </message>
    <message>
        <source>already done before</source>
        <translation>déjà faite auparavant</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>annulée (retour arrière)</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>impossible de créer le dossier de %1</translation>
    </message>
    <message>
        <source>Journal %1: nothing was run for this deployment from this machine.</source>
        <translation>Journal %1 : rien n&apos;a été exécuté pour ce déploiement depuis cette machine.</translation>
    </message>
    <message>
        <source>Journal of deployment %1 (%2)</source>
        <translation>Journal du déploiement %1 (%2)</translation>
    </message>
    <message>
        <source>Last run: %1 by %2, started %3, ended %4: %5</source>
        <translation>Dernière exécution : %1 par %2, début %3, fin %4 : %5</translation>
    </message>
    <message>
        <source>%1 (%2, %3@%4:%5)</source>
        <translation>%1 (%2, %3@%4:%5)</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>done on %1 but not recorded here as applied (applied by an exported script or from another machine?): %2</source>
        <translation>faites sur %1 mais non enregistrées ici comme appliquées (par un script exporté ou depuis une autre machine ?) : %2</translation>
    </message>
    <message>
        <source>recorded here as applied but absent from %1&apos;s journal (rolled back there, or the host reinstalled?): %2</source>
        <translation>enregistrées ici comme appliquées mais absentes du journal de %1 (retour arrière fait là-bas, ou hôte réinstallé ?) : %2</translation>
    </message>
    <message>
        <source>step %1 began on %2 and did not finish (interrupted, or still running): the next apply undoes what it did and runs it again</source>
        <translation>l&apos;étape %1 a commencé sur %2 sans se terminer (interrompue, ou encore en cours) : le prochain apply défait ce qu&apos;elle a fait et la relance</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source># Written by publik-ha-wizard: database access of %1 (deployment %2).</source>
        <translation># Écrit par publik-ha-wizard : accès à la base de données de %1 (déploiement %2).</translation>
    </message>
    <message>
        <source>System account %1 (UID %2, GID %3)</source>
        <translation>Compte système %1 (UID %2, GID %3)</translation>
    </message>
    <message>
        <source>Creating the users with identical UIDs</source>
        <translation>Création des utilisateurs avec UID identiques</translation>
    </message>
    <message>
        <source>Database access of %1 (settings.d)</source>
        <translation>Accès à la base de données de %1 (settings.d)</translation>
    </message>
    <message>
        <source>Overview: PostgreSQL access in /etc/&lt;component&gt;/settings.d</source>
        <translation>Vue générale : accès au PostgreSQL dans /etc/&lt;composant&gt;/settings.d</translation>
    </message>
    <message>
        <source>Publik packages on the primary host</source>
        <translation>Paquets Publik sur l&apos;hôte principal</translation>
    </message>
    <message>
        <source>Follow the single-host installation</source>
        <translation>Suivre les instructions d&apos;installation mono-machine</translation>
    </message>
    <message>
        <source>Shared folders in %1</source>
        <translation>Répertoires partagés dans %1</translation>
    </message>
    <message>
        <source>Creating the shared folders</source>
        <translation>Création des répertoires partagés</translation>
    </message>
    <message>
        <source>Move %1 to the share and link it back</source>
        <translation>Déplacer %1 vers le partage et le relier par un lien</translation>
    </message>
    <message>
        <source>Moving the configuration and data of the Publik services</source>
        <translation>Déplacement des configurations et données des services Publik</translation>
    </message>
    <message>
        <source>nginx configuration on the share</source>
        <translation>Configuration nginx sur le partage</translation>
    </message>
    <message>
        <source>Other shares: nginx configuration</source>
        <translation>Autres partages : configurations nginx</translation>
    </message>
    <message>
        <source>Static web files on the share</source>
        <translation>Éléments web statiques sur le partage</translation>
    </message>
    <message>
        <source>Other shares: static web files</source>
        <translation>Autres partages : éléments web statiques</translation>
    </message>
    <message>
        <source>APT sources and preferences on the share</source>
        <translation>Dépôts et préférences APT sur le partage</translation>
    </message>
    <message>
        <source>Other shares: APT repositories and backports preferences</source>
        <translation>Autres partages : APT, dépôts et préférences backports</translation>
    </message>
    <message>
        <source>List of the primary host&apos;s packages</source>
        <translation>Liste des paquets de l&apos;hôte principal</translation>
    </message>
    <message>
        <source>Compare the installed packages (dpkg -l)</source>
        <translation>Comparer les paquets installés (dpkg -l)</translation>
    </message>
    <message>
        <source>Link %1 to the share</source>
        <translation>Relier %1 au partage</translation>
    </message>
    <message>
        <source>Operations on web2: prepare the folders before installation</source>
        <translation>Opérations sur web2 : préparer les répertoires avant l&apos;installation</translation>
    </message>
    <message>
        <source>Link the nginx configuration to the share</source>
        <translation>Relier la configuration nginx au partage</translation>
    </message>
    <message>
        <source>Operations on web2: nginx configuration</source>
        <translation>Opérations sur web2 : configurations nginx</translation>
    </message>
    <message>
        <source>Link the static web files to the share</source>
        <translation>Relier les éléments web statiques au partage</translation>
    </message>
    <message>
        <source>Operations on web2: static web files</source>
        <translation>Opérations sur web2 : éléments web statiques</translation>
    </message>
    <message>
        <source>Link the APT sources and preferences to the share</source>
        <translation>Relier les dépôts et préférences APT au partage</translation>
    </message>
    <message>
        <source>Operations on web2: APT repositories and preferences</source>
        <translation>Opérations sur web2 : APT, dépôts et préférences</translation>
    </message>
    <message>
        <source>Publik packages, keeping the shared configuration files</source>
        <translation>Paquets Publik, en gardant les fichiers de configuration partagés</translation>
    </message>
    <message>
        <source>Install the packaged components, always refusing configuration changes</source>
        <translation>Installation des composants packagés, en refusant toujours les modifications des fichiers de configuration</translation>
    </message>
    <message>
        <source>Packages the primary host has and this host lacks</source>
        <translation>Paquets présents sur l&apos;hôte principal et absents de cet hôte</translation>
    </message>
    <message>
        <source>Compare dpkg -l of web1 and web2 and install the missing packages</source>
        <translation>Comparer dpkg -l de web1 et web2 et installer les paquets manquants</translation>
    </message>
    <message>
        <source>Publik crons disabled on this secondary host</source>
        <translation>Crons Publik désactivés sur cet hôte secondaire</translation>
    </message>
    <message>
        <source>Disabling the Publik crons on web2</source>
        <translation>Désactivation des crons Publik sur web2</translation>
    </message>
    <message>
        <source>Services wait for the share %1 (RequiresMountsFor)</source>
        <translation>Les services attendent le partage %1 (RequiresMountsFor)</translation>
    </message>
    <message>
        <source>File share settings: RequiresMountsFor= drop-ins</source>
        <translation>Paramétrage du partage de fichiers : suppléments RequiresMountsFor=</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>%1: connected, root works.</source>
        <translation>%1 : connecté, l&apos;accès root fonctionne.</translation>
    </message>
    <message>
        <source>%1: checking…</source>
        <translation>%1 : vérification en cours…</translation>
    </message>
    <message>
        <source>%1: the checks could not run (%2).</source>
        <translation>%1 : les vérifications n&apos;ont pas pu s&apos;exécuter (%2).</translation>
    </message>
    <message>
        <source>%1: %2 is not the same share as on the primary host (a token written there is not read here).</source>
        <translation>%1 : %2 n&apos;est pas le même partage que sur l&apos;hôte principal (un jeton écrit là-bas n&apos;est pas lu ici).</translation>
    </message>
    <message>
        <source>Mount the same NFS export on every host.</source>
        <translation>Montez le même export NFS sur chaque hôte.</translation>
    </message>
    <message>
        <source>%1: the system is %2, not Debian.</source>
        <translation>%1 : le système est %2, pas Debian.</translation>
    </message>
    <message>
        <source>Use Debian hosts, as the procedure requires.</source>
        <translation>Utilisez des hôtes Debian, comme le demande la procédure.</translation>
    </message>
    <message>
        <source>%1: Debian %2, the procedure was checked on Debian 12.</source>
        <translation>%1 : Debian %2, la procédure a été vérifiée sur Debian 12.</translation>
    </message>
    <message>
        <source>Prefer Debian 12 (bookworm).</source>
        <translation>Préférez Debian 12 (bookworm).</translation>
    </message>
    <message>
        <source>%1: %2 processors, the prerequisites ask for %3.</source>
        <translation>%1 : %2 processeurs, les prérequis en demandent %3.</translation>
    </message>
    <message>
        <source>Give the host more processors before production.</source>
        <translation>Donnez plus de processeurs à l&apos;hôte avant la mise en production.</translation>
    </message>
    <message>
        <source>Give the host more memory before production.</source>
        <translation>Donnez plus de mémoire à l&apos;hôte avant la mise en production.</translation>
    </message>
    <message>
        <source>Enlarge the disk before production.</source>
        <translation>Agrandissez le disque avant la mise en production.</translation>
    </message>
    <message>
        <source>%1: the share is not mounted on %2.</source>
        <translation>%1 : le partage n&apos;est pas monté sur %2.</translation>
    </message>
    <message>
        <source>Mount the NFS share on %1 (and in /etc/fstab).</source>
        <translation>Montez le partage NFS sur %1 (et déclarez-le dans /etc/fstab).</translation>
    </message>
    <message>
        <source>%1: root cannot write in %2.</source>
        <translation>%1 : root ne peut pas écrire dans %2.</translation>
    </message>
    <message>
        <source>Export the share without root squashing (no_root_squash) to the hosts.</source>
        <translation>Exportez le partage vers les hôtes sans restreindre root (no_root_squash).</translation>
    </message>
    <message>
        <source>%1: cannot write on the share (%2).</source>
        <translation>%1 : impossible d&apos;écrire sur le partage (%2).</translation>
    </message>
    <message>
        <source>%1: the account %2 exists with UID:GID %3, the deployment wants %4.</source>
        <translation>%1 : le compte %2 existe avec UID:GID %3, le déploiement demande %4.</translation>
    </message>
    <message>
        <source>Change the deployment&apos;s UID/GID or the account on the host (files included).</source>
        <translation>Modifiez l&apos;UID/GID dans le déploiement ou le compte sur l&apos;hôte (fichiers compris).</translation>
    </message>
    <message>
        <source>%1: UID %2 is taken by %3 (wanted for %4).</source>
        <translation>%1 : l&apos;UID %2 est déjà pris par %3 (prévu pour %4).</translation>
    </message>
    <message>
        <source>Choose another UID in the deployment.</source>
        <translation>Choisissez un autre UID dans le déploiement.</translation>
    </message>
    <message>
        <source>%1: GID %2 is taken by the group %3 (wanted for %4).</source>
        <translation>%1 : le GID %2 est déjà pris par le groupe %3 (prévu pour %4).</translation>
    </message>
    <message>
        <source>Choose another GID in the deployment.</source>
        <translation>Choisissez un autre GID dans le déploiement.</translation>
    </message>
    <message>
        <source>%1: the database %2:%3 cannot be reached.</source>
        <translation>%1 : la base de données %2:%3 est injoignable.</translation>
    </message>
    <message>
        <source>Check the address, the port, the firewall and listen_addresses/pg_hba.conf.</source>
        <translation>Vérifiez l&apos;adresse, le port, le pare-feu et listen_addresses/pg_hba.conf.</translation>
    </message>
    <message>
        <source>%1: no tool to test the database connection (python3 or nc).</source>
        <translation>%1 : aucun outil pour tester la connexion à la base de données (python3 ou nc).</translation>
    </message>
    <message>
        <source>%1: not available from the APT sources: %2.</source>
        <translation>%1 : absents des sources APT : %2.</translation>
    </message>
    <message>
        <source>Add Entr&apos;ouvert&apos;s repository to the host&apos;s APT sources and run apt-get update.</source>
        <translation>Ajoutez le dépôt d&apos;Entr&apos;ouvert aux sources APT de l&apos;hôte et lancez apt-get update.</translation>
    </message>
    <message>
        <source>%1: Publik is not installed yet; the plan installs it.</source>
        <translation>%1 : Publik n&apos;est pas encore installé ; le plan d&apos;installation s&apos;en charge.</translation>
    </message>
    <message>
        <source>%1: Publik installed (%2).</source>
        <translation>%1 : Publik installé (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n package(s) of the primary host are missing here (%2); the plan installs those the deployment lists.</source>
        <translation>
            <numerusform>%1 : %n paquet de l&apos;hôte principal manque ici (%2) ; le plan installe ceux que liste le déploiement.</numerusform>
            <numerusform>%1 : %n paquets de l&apos;hôte principal manquent ici (%2) ; le plan installe ceux que liste le déploiement.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: a cron of %2 outside the files the procedure names: %3</source>
        <translation>%1 : une tâche cron de %2 hors des fichiers que nomme la procédure : %3</translation>
    </message>
    <message>
        <source>On secondaries, disable it by hand or check that running it on every host is harmless.</source>
        <translation>Sur les hôtes secondaires, désactivez-la à la main ou vérifiez que son exécution sur chaque hôte est sans danger.</translation>
    </message>
    <message>
        <source>/etc/machine-id is the same on %1 (cloned hosts).</source>
        <translation>/etc/machine-id est identique sur %1 (hôtes clonés).</translation>
    </message>
    <message>
        <source>Regenerate it on the clones: rm /etc/machine-id &amp;&amp; systemd-machine-id-setup, then reboot.</source>
        <translation>Régénérez-le sur les clones : rm /etc/machine-id &amp;&amp; systemd-machine-id-setup, puis redémarrez.</translation>
    </message>
    <message>
        <source>www-data does not have the same UID:GID everywhere: %1.</source>
        <translation>www-data n&apos;a pas le même UID:GID partout : %1.</translation>
    </message>
    <message>
        <source>Give www-data the same UID and GID on every host before sharing files.</source>
        <translation>Donnez à www-data le même UID et le même GID sur chaque hôte avant de partager des fichiers.</translation>
    </message>
    <message>
        <source>blocking</source>
        <translation>bloquant</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>%1 blocking problem(s), %2 warning(s).</source>
        <translation>Problèmes bloquants : %1 ; avertissements : %2.</translation>
    </message>
    <message>
        <source>%1: database credentials not checked: python3-psycopg2 is absent on %1.</source>
        <translation>%1 : identifiants de la base de données non vérifiés : python3-psycopg2 est absent sur %1.</translation>
    </message>
    <message>
        <source>Install python3-psycopg2 on %1 to have them checked.</source>
        <translation>Installez python3-psycopg2 sur %1 pour qu&apos;ils soient vérifiés.</translation>
    </message>
    <message>
        <source>%1: the database server %2 refused the credentials of %3 (database %4, role %5): %6</source>
        <translation>%1 : le serveur de bases de données %2 a refusé les identifiants de %3 (base %4, rôle %5) : %6</translation>
    </message>
    <message>
        <source>Give in %1 the password of the role %2 on the server (the one apply will write for %3), or set it on the server: ALTER ROLE %2 PASSWORD &apos;…&apos;; check the role&apos;s name in the deployment.</source>
        <translation>Donnez dans %1 le mot de passe du rôle %2 sur le serveur (celui qu&apos;apply écrira pour %3), ou définissez-le sur le serveur : ALTER ROLE %2 PASSWORD &apos;…&apos; ; vérifiez le nom du rôle dans le déploiement.</translation>
    </message>
    <message>
        <source>%1: the database server %2 does not accept connections from this host for %3 (database %4, role %5): %6</source>
        <translation>%1 : le serveur de bases de données %2 n&apos;accepte pas les connexions de cet hôte pour %3 (base %4, rôle %5) : %6</translation>
    </message>
    <message>
        <source>Add a line for %1 (database %2, role %3) to pg_hba.conf on the database server, then reload PostgreSQL.</source>
        <translation>Ajoutez une ligne pour %1 (base %2, rôle %3) dans pg_hba.conf sur le serveur de bases de données, puis rechargez PostgreSQL.</translation>
    </message>
    <message>
        <source>%1: the database %2 of %3 does not exist on %4: %5</source>
        <translation>%1 : la base de données %2 de %3 n&apos;existe pas sur %4 : %5</translation>
    </message>
    <message>
        <source>Create the database %1 (owner %2) on the server, or correct its name in the deployment.</source>
        <translation>Créez la base de données %1 (propriétaire %2) sur le serveur, ou corrigez son nom dans le déploiement.</translation>
    </message>
    <message>
        <source>%1: cannot connect to the database %2 as %3 for %4: %5</source>
        <translation>%1 : impossible de se connecter à la base de données %2 en tant que %3 pour %4 : %5</translation>
    </message>
    <message>
        <source>Check the database server %1 and the deployment&apos;s database settings.</source>
        <translation>Vérifiez le serveur de bases de données %1 et les réglages de base de données du déploiement.</translation>
    </message>
    <message>
        <source>%1: database credentials accepted for %2.</source>
        <translation>%1 : identifiants de la base de données acceptés pour %2.</translation>
    </message>
    <message>
        <source>Database credentials of %1 not checked: the password is not given (%2 is not set).</source>
        <translation>Identifiants de la base de données de %1 non vérifiés : le mot de passe n&apos;est pas donné (%2 n&apos;est pas défini).</translation>
    </message>
    <message>
        <source>Set %1 (as for apply) to have them checked.</source>
        <translation>Définissez %1 (comme pour apply) pour qu&apos;ils soient vérifiés.</translation>
    </message>
    <message>
        <source>Enlarge the share or free space on it before apply.</source>
        <translation>Agrandissez le partage ou libérez-y de la place avant de lancer apply.</translation>
    </message>
    <message>
        <source>%1: %2 of memory, the prerequisites ask for %3.</source>
        <translation>%1 : %2 de mémoire, les prérequis demandent %3.</translation>
    </message>
    <message>
        <source>%1: %2 free on /, the prerequisites ask for %3.</source>
        <translation>%1 : %2 libres sur /, les prérequis demandent %3.</translation>
    </message>
    <message>
        <source>%1: share %2 writable, %3 free.</source>
        <translation>%1 : partage %2 accessible en écriture, %3 libres.</translation>
    </message>
    <message>
        <source>%1: the folders to move to the share need %2, %3 has %4 free.</source>
        <translation>%1 : les dossiers à déplacer vers le partage demandent %2, %3 n&apos;a que %4 libres.</translation>
    </message>
    <message>
        <source>Run the checks again; if they fail again, check that root can run sh, df and getent on %1.</source>
        <translation>Relancez les vérifications ; si elles échouent encore, vérifiez que root peut exécuter sh, df et getent sur %1.</translation>
    </message>
    <message>
        <source>Run the checks again; if they fail again, read what the host said: %1</source>
        <translation>Relancez les vérifications ; si elles échouent encore, lisez ce que l’hôte a répondu : %1</translation>
    </message>
    <message>
        <source>Check that root can write in %1 on this host (export the share with no_root_squash) and that it is not full.</source>
        <translation>Vérifiez que root peut écrire dans %1 sur cet hôte (partage exporté avec no_root_squash) et que le partage n’est pas plein.</translation>
    </message>
    <message>
        <source>Install python3 on %1 to have the database connection tested.</source>
        <translation>Installez python3 sur %1 pour que la connexion à la base de données soit testée.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>done</source>
        <translation>faite</translation>
    </message>
    <message>
        <source>already done</source>
        <translation>déjà faite</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>undone (rollback)</source>
        <translation>annulée (retour arrière)</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>started, not finished</source>
        <translation>commencée, non terminée</translation>
    </message>
    <message>
        <source>HAProxy (the client&apos;s front end)</source>
        <translation>HAProxy (le frontal du client)</translation>
    </message>
    <message>
        <source>Add the backend below to the HAProxy configuration, with every host: %1.</source>
        <translation>Ajoutez le backend ci-dessous à la configuration HAProxy, avec chaque hôte : %1.</translation>
    </message>
    <message>
        <source>Replace publik.example.org in the health check with one of the tenants&apos; names; check the configuration (haproxy -c), then reload HAProxy.</source>
        <translation>Remplacez publik.example.org dans le contrôle de santé par le nom d’un des tenants ; vérifiez la configuration (haproxy -c), puis rechargez HAProxy.</translation>
    </message>
    <message>
        <source>Check that every host is up in HAProxy&apos;s statistics, then stop one host&apos;s nginx and check that the sites still answer.</source>
        <translation>Vérifiez que chaque hôte est actif dans les statistiques de HAProxy, puis arrêtez le nginx d’un hôte et vérifiez que les sites répondent toujours.</translation>
    </message>
    <message>
        <source>PostgreSQL (the client&apos;s database cluster %1, port %2)</source>
        <translation>PostgreSQL (le serveur de bases de données du client %1, port %2)</translation>
    </message>
    <message>
        <source>Have the roles and databases below created (export --sql), the passwords given as psql variables (-v), never written down.</source>
        <translation>Faites créer les rôles et bases de données ci-dessous (export --sql), les mots de passe donnés en variables psql (-v), jamais écrits.</translation>
    </message>
    <message>
        <source>Allow the hosts %1 in pg_hba.conf (scram-sha-256), then reload PostgreSQL.</source>
        <translation>Autorisez les hôtes %1 dans pg_hba.conf (scram-sha-256), puis rechargez PostgreSQL.</translation>
    </message>
    <message>
        <source>Check the connection of each component from each host (the preflight does it).</source>
        <translation>Vérifiez la connexion de chaque composant depuis chaque hôte (les vérifications préalables le font).</translation>
    </message>
    <message>
        <source>NFS share (the client&apos;s file server)</source>
        <translation>Partage NFS (le serveur de fichiers du client)</translation>
    </message>
    <message>
        <source>Export the share in NFSv4 to every host, root allowed (no_root_squash: the installation moves root&apos;s files there).</source>
        <translation>Exportez le partage en NFSv4 vers chaque hôte, root autorisé (no_root_squash : l’installation y déplace des fichiers de root).</translation>
    </message>
    <message>
        <source>Mount it on every host at %1, at boot (/etc/fstab), with the options below; check with findmnt %1.</source>
        <translation>Montez-le sur chaque hôte en %1, au démarrage (/etc/fstab), avec les options ci-dessous ; vérifiez avec findmnt %1.</translation>
    </message>
    <message>
        <source>Check that the Publik folder %1 is on the share and that the share has the space the data needs.</source>
        <translation>Vérifiez que le dossier Publik %1 est sur le partage et que le partage a la place que demandent les données.</translation>
    </message>
    <message>
        <source># /etc/exports on the NFS server (path to adapt):</source>
        <translation># /etc/exports sur le serveur NFS (chemin à adapter) :</translation>
    </message>
    <message>
        <source># /etc/fstab on every host:</source>
        <translation># /etc/fstab sur chaque hôte :</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Point every tenant&apos;s name (portal, back office, identity provider, forms…) to HAProxy, not to one host.</source>
        <translation>Faites pointer le nom de chaque tenant (portail, back-office, fournisseur d’identité, formulaires…) vers HAProxy, pas vers un hôte.</translation>
    </message>
    <message>
        <source>Lower the names&apos; TTL a day before switching, raise it again afterwards.</source>
        <translation>Baissez le TTL des noms la veille de la bascule, remontez-le ensuite.</translation>
    </message>
    <message>
        <source>Tenants (hobo)</source>
        <translation>Tenants (hobo)</translation>
    </message>
    <message>
        <source>Deploy the tenants with hobo on the primary host only (hobo-manage cook RECIPE.json): their files are on the share, every host serves them.</source>
        <translation>Déployez les tenants avec hobo sur l’hôte principal seulement (hobo-manage cook RECETTE.json) : leurs fichiers sont sur le partage, chaque hôte les sert.</translation>
    </message>
    <message>
        <source>Check each tenant through HAProxy, then on each host directly.</source>
        <translation>Vérifiez chaque tenant à travers HAProxy, puis sur chaque hôte directement.</translation>
    </message>
    <message>
        <source>Publik high availability — checklist</source>
        <translation>Haute disponibilité Publik — liste de contrôle</translation>
    </message>
    <message>
        <source>primary host</source>
        <translation>hôte principal</translation>
    </message>
    <message>
        <source>secondary host</source>
        <translation>hôte secondaire</translation>
    </message>
    <message>
        <source>blocking</source>
        <translation>bloquant</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>information</source>
        <translation>information</translation>
    </message>
    <message>
        <source>Rolled back on %1 by %2: the applied steps were undone on every host.</source>
        <translation>Retour arrière du %1 par %2 : les étapes appliquées ont été annulées sur chaque hôte.</translation>
    </message>
    <message>
        <source>Rollback of %1 by %2 not complete (%3): see the steps below.</source>
        <translation>Retour arrière du %1 par %2 incomplet (%3) : voyez les étapes ci-dessous.</translation>
    </message>
    <message>
        <source>Run started on %1 by %2, not finished (interrupted?).</source>
        <translation>Exécution commencée le %1 par %2, non terminée (interrompue ?).</translation>
    </message>
    <message>
        <source>Run of %1 by %2 failed: %3</source>
        <translation>Exécution du %1 par %2 en échec : %3</translation>
    </message>
    <message>
        <source>Installation finished on %1 by %2: every step is done on every host.</source>
        <translation>Installation terminée le %1 par %2 : toutes les étapes sont faites sur chaque hôte.</translation>
    </message>
    <message>
        <source>Run of %1 by %2 stopped before its end: %3</source>
        <translation>Exécution du %1 par %2 arrêtée avant la fin : %3</translation>
    </message>
    <message>
        <source>left in place</source>
        <translation>laissée en place</translation>
    </message>
</context>
<context>
    <name>ReportPrinter</name>
    <message>
        <source>Deployment</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>publik-ha-wizard %1</source>
        <translation>publik-ha-wizard %1</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>not run from this machine yet: tick each step as it is done</source>
        <translation>installation pas encore exécutée depuis ce poste : cochez chaque étape une fois faite</translation>
    </message>
    <message>
        <source>run recorded in the journal</source>
        <translation>exécution enregistrée dans le journal</translation>
    </message>
    <message>
        <source>This checklist is rendered from the deployment file and the installation plan that the tool runs (the same steps as its preview and its exported scripts). It holds no password: each one is named by the variable that provides it.</source>
        <translation>Cette liste de contrôle est produite à partir du fichier de déploiement et du plan d’installation que l’outil exécute (les mêmes étapes que son aperçu et ses scripts exportés). Elle ne contient aucun mot de passe : chacun est désigné par la variable qui le fournit.</translation>
    </message>
    <message>
        <source>1. The deployment</source>
        <translation>1. Le déploiement</translation>
    </message>
    <message>
        <source>1.1 Hosts and roles</source>
        <translation>1.1 Hôtes et rôles</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>1.2 System accounts (same UID and GID on every host)</source>
        <translation>1.2 Comptes système (mêmes UID et GID sur chaque hôte)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>GID</source>
        <translation>GID</translation>
    </message>
    <message>
        <source>Home folder</source>
        <translation>Dossier personnel</translation>
    </message>
    <message>
        <source>1.3 Database</source>
        <translation>1.3 Base de données</translation>
    </message>
    <message>
        <source>PostgreSQL server: &lt;b&gt;%1&lt;/b&gt;, port &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Serveur PostgreSQL : &lt;b&gt;%1&lt;/b&gt;, port &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>its own, one per tenant (CREATEDB)</source>
        <translation>les siennes, une par tenant (CREATEDB)</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Password (given by)</source>
        <translation>Mot de passe (fourni par)</translation>
    </message>
    <message>
        <source>1.4 NFS share</source>
        <translation>1.4 Partage NFS</translation>
    </message>
    <message>
        <source>Mount point on every host: &lt;b&gt;%1&lt;/b&gt;. Publik folder: &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Point de montage sur chaque hôte : &lt;b&gt;%1&lt;/b&gt;. Dossier Publik : &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>2. Preflight checks</source>
        <translation>2. Vérifications préalables</translation>
    </message>
    <message>
        <source>Not known for this report: run the checks (the wizard&apos;s Checks page, or publik-ha-wizard check FILE) before the installation and note the outcome here.</source>
        <translation>Non connues pour ce rapport : lancez les vérifications (la page Vérifications de l’assistant, ou publik-ha-wizard check FICHIER) avant l’installation et notez-en le résultat ici.</translation>
    </message>
    <message>
        <source>Checks run, nothing blocking.</source>
        <translation>Vérifications faites, rien de bloquant.</translation>
    </message>
    <message>
        <source>Every check passed on every host: nothing to report.</source>
        <translation>Toutes les vérifications sont passées sur chaque hôte : rien à signaler.</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Finding and what to do</source>
        <translation>Constat et action à mener</translation>
    </message>
    <message>
        <source>3. Service interruptions</source>
        <translation>3. Interruptions de service</translation>
    </message>
    <message>
        <source>No step of this plan stops a service.</source>
        <translation>Aucune étape de ce plan n’arrête de service.</translation>
    </message>
    <message>
        <source>These steps stop services while they move files to the share; plan them when the sites may be unavailable for a while.</source>
        <translation>Ces étapes arrêtent des services le temps de déplacer des fichiers vers le partage ; prévoyez-les quand les sites peuvent être indisponibles un moment.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Stopped services</source>
        <translation>Services arrêtés</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>non exécutée</translation>
    </message>
    <message>
        <source>4. Checklist of the installation</source>
        <translation>4. Liste de contrôle de l’installation</translation>
    </message>
    <message>
        <source>Every step of the plan, host by host, in the order it runs (primary host first), numbered as in the preview. Tick each box once the step is checked.</source>
        <translation>Chaque étape du plan, hôte par hôte, dans l’ordre d’exécution (hôte principal d’abord), numérotée comme dans l’aperçu. Cochez chaque case une fois l’étape vérifiée.</translation>
    </message>
    <message>
        <source>Rollback done: the steps marked undone are no longer applied on the hosts.</source>
        <translation>Retour arrière effectué : les étapes marquées annulées ne sont plus appliquées sur les hôtes.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 (%3), %n step(s)</source>
        <translation>
            <numerusform>%1 — %2 (%3), %n étape</numerusform>
            <numerusform>%1 — %2 (%3), %n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>procedure: %1</source>
        <translation>procédure : %1</translation>
    </message>
    <message>
        <source>stops: %1</source>
        <translation>arrête : %1</translation>
    </message>
    <message>
        <source>5. Tasks left to people</source>
        <translation>5. Tâches laissées aux équipes</translation>
    </message>
    <message>
        <source>The procedure leaves these to the client&apos;s teams: tick each one once done and checked.</source>
        <translation>La procédure laisse ces tâches aux équipes du client : cochez chacune une fois faite et vérifiée.</translation>
    </message>
    <message>
        <source>6. Signatures</source>
        <translation>6. Signatures</translation>
    </message>
    <message>
        <source>The operator</source>
        <translation>L’opérateur</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>Le client</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature :</translation>
    </message>
    <message>
        <source>publik-ha-wizard %1 — signed copy to keep with the deployment file</source>
        <translation>publik-ha-wizard %1 — exemplaire signé à conserver avec le fichier de déploiement</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Done on: ……………</source>
        <translation>Fait le : ……………</translation>
    </message>
    <message>
        <source>Initials: ……………</source>
        <translation>Visa : ……………</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Those already done before the installation are left in place: the rollback only undoes what the tool did.</source>
        <translation>Celles qui étaient déjà faites avant l’installation sont laissées en place : le retour arrière ne défait que ce que l’outil a fait.</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>Cannot write the local journal %1: %2.</source>
        <translation>Impossible d&apos;écrire le journal local %1 : %2.</translation>
    </message>
    <message>
        <source>Cannot read the local journal %1: %2.</source>
        <translation>Impossible de lire le journal local %1 : %2.</translation>
    </message>
    <message>
        <source>The deployment has no primary host.</source>
        <translation>Le déploiement n&apos;a pas d&apos;hôte principal.</translation>
    </message>
    <message>
        <source>Not set: %1. The steps that write these passwords will stop on %2 unless they are already done.</source>
        <translation>Non définies : %1. Les étapes qui écrivent ces mots de passe s&apos;arrêteront sur %2, sauf si elles sont déjà faites.</translation>
    </message>
    <message>
        <source>Connecting to %1 (%2@%3:%4)…</source>
        <translation>Connexion à %1 (%2@%3:%4)…</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connecté à %1.</translation>
    </message>
    <message>
        <source>Lock taken over: %1/lock.</source>
        <translation>Verrou repris : %1/lock.</translation>
    </message>
    <message>
        <source>The deployment %1 is locked by %2 (%3/lock on the share): another run is going on. If it is not, run again with --take-over-lock.</source>
        <translation>Déploiement %1 verrouillé par %2 (%3/lock sur le partage) : une autre exécution est en cours. Si ce n&apos;est pas le cas, relancez avec --take-over-lock.</translation>
    </message>
    <message>
        <source>%1: the share&apos;s mount point %2 is missing: mount the NFS share first.</source>
        <translation>%1 : le point de montage du partage %2 est absent : montez d&apos;abord le partage NFS.</translation>
    </message>
    <message>
        <source>%1: cannot take the deployment&apos;s lock on the share (%2).%3</source>
        <translation>%1 : impossible de prendre le verrou du déploiement sur le partage (%2).%3</translation>
    </message>
    <message>
        <source>Could not release the lock %1/lock (%2): remove it by hand.</source>
        <translation>Impossible de libérer le verrou %1/lock (%2) : supprimez-le à la main.</translation>
    </message>
    <message>
        <source>Stopped before step %1 on %2, as asked. Run apply again to resume.</source>
        <translation>Arrêt avant l&apos;étape %1 sur %2, comme demandé. Relancez apply pour reprendre.</translation>
    </message>
    <message>
        <source>%1: step %2 already done, skipped.</source>
        <translation>%1 : étape %2 déjà faite, ignorée.</translation>
    </message>
    <message>
        <source>%1: step %2 (%3) failed, exit status %4.%5
Fix the cause, then run apply again to resume, or rollback to undo.</source>
        <translation>%1 : l&apos;étape %2 (%3) a échoué, code de sortie %4.%5
Corrigez la cause, puis relancez apply pour reprendre, ou rollback pour annuler.</translation>
    </message>
    <message>
        <source>%1: step %2 (%3) interrupted: %4%5
Run apply again: the host&apos;s journal resumes the step.</source>
        <translation>%1 : étape %2 (%3) interrompue : %4%5
Relancez apply : le journal de l&apos;hôte permet de reprendre l&apos;étape.</translation>
    </message>
    <message>
        <source>All steps are done on every host.</source>
        <translation>Toutes les étapes sont faites sur tous les hôtes.</translation>
    </message>
    <message>
        <source>Rollback complete on every host.</source>
        <translation>Retour arrière terminé sur tous les hôtes.</translation>
    </message>
    <message>
        <source>%1: undoing the applied steps (host journal)…</source>
        <translation>%1 : annulation des étapes appliquées (journal de l&apos;hôte)…</translation>
    </message>
    <message>
        <source>%1: rollback stopped (%2).%3
The host&apos;s journal keeps what is left to undo: fix the cause and run rollback again.</source>
        <translation>%1 : retour arrière arrêté (%2).%3
Le journal de l&apos;hôte garde ce qui reste à annuler : corrigez la cause et relancez rollback.</translation>
    </message>
    <message>
        <source>The link to %1 dropped: connecting again to release the lock.</source>
        <translation>Le lien avec %1 est coupé : nouvelle connexion pour libérer le verrou.</translation>
    </message>
    <message>
        <source>Checking every host before changing anything (as check does)…</source>
        <translation>Vérification de chaque hôte avant toute modification (comme check)…</translation>
    </message>
    <message>
        <source>apply stopped before changing anything: the checks found blocking problems (above, as check shows them). Fix them, then run apply again.</source>
        <translation>apply s&apos;est arrêté avant toute modification : les vérifications ont trouvé des problèmes bloquants (ci-dessus, tels que check les affiche). Corrigez-les, puis relancez apply.</translation>
    </message>
    <message>
        <source>Interrupted: apply stopped at the operator&apos;s request.</source>
        <translation>Interrompu : apply s&apos;est arrêté à la demande de l&apos;opérateur.</translation>
    </message>
    <message>
        <source>  %1: step %2 (%3) was running: it goes on to its end on %1, whose journal (%4) records it; its lock (%5) is held until then.</source>
        <translation>  %1 : l&apos;étape %2 (%3) était en cours : elle va jusqu&apos;à son terme sur %1, dont le journal (%4) l&apos;enregistre ; son verrou (%5) reste pris jusque-là.</translation>
    </message>
    <message>
        <source>  %1: stopped before step %2 (%3); the steps before it are done, as %1&apos;s journal (%4) records.</source>
        <translation>  %1 : arrêté avant l&apos;étape %2 (%3) ; les étapes précédentes sont faites, comme l&apos;enregistre le journal de %1 (%4).</translation>
    </message>
    <message>
        <source>  %1: every step is done.</source>
        <translation>  %1 : toutes les étapes sont faites.</translation>
    </message>
    <message>
        <source>  %1: not started in this run (nothing changed there).</source>
        <translation>  %1 : pas commencé dans cette exécution (rien n&apos;y a changé).</translation>
    </message>
    <message>
        <source>Run apply again to resume where it stopped, or rollback to undo what was done.</source>
        <translation>Relancez apply pour reprendre là où il s&apos;est arrêté, ou rollback pour défaire ce qui a été fait.</translation>
    </message>
    <message>
        <source>Interrupted: rollback stopped at the operator&apos;s request.</source>
        <translation>Interrompu : rollback s&apos;est arrêté à la demande de l&apos;opérateur.</translation>
    </message>
    <message>
        <source>  %1: rolled back.</source>
        <translation>  %1 : retour arrière fait.</translation>
    </message>
    <message>
        <source>  %1: its rollback was running: it goes on to its end on %1, whose journal (%2) keeps what is left to undo.</source>
        <translation>  %1 : son retour arrière était en cours : il va jusqu&apos;à son terme sur %1, dont le journal (%2) garde ce qui reste à défaire.</translation>
    </message>
    <message>
        <source>  %1: not rolled back yet (its journal is intact).</source>
        <translation>  %1 : pas encore de retour arrière (son journal est intact).</translation>
    </message>
    <message>
        <source>Run rollback again to finish undoing.</source>
        <translation>Relancez rollback pour finir de défaire.</translation>
    </message>
    <message>
        <source>The lock %1/lock was left by %2, a process of this machine that no longer runs: taken over.</source>
        <translation>Le verrou %1/lock a été laissé par %2, un processus de cette machine qui ne tourne plus : il est repris.</translation>
    </message>
    <message>
        <source>Stopped before step %1 on %2, as asked.</source>
        <translation>Arrêt avant l&apos;étape %1 sur %2, comme demandé.</translation>
    </message>
    <message>
        <source>%1: step %2 (%3) failed, exit status %4.%5</source>
        <translation>%1 : l&apos;étape %2 (%3) a échoué, code de sortie %4.%5</translation>
    </message>
    <message>
        <source>%1: step %2 (%3) interrupted: %4%5
The host&apos;s journal knows where the step stood: Resume takes it up again.</source>
        <translation>%1 : étape %2 (%3) interrompue : %4%5
Le journal de l&apos;hôte sait où en était l&apos;étape : « Reprendre » la poursuit.</translation>
    </message>
</context>
<context>
    <name>Script</name>
    <message>
        <source>ERROR:</source>
        <translation>ERREUR :</translation>
    </message>
    <message>
        <source>would run:</source>
        <translation>exécuterait :</translation>
    </message>
    <message>
        <source>cannot write the journal %s.</source>
        <translation>impossible d&apos;écrire le journal %s.</translation>
    </message>
    <message>
        <source>the group %s already exists with GID %s instead of %s: nothing was changed; give it the planned GID by hand or change the deployment.</source>
        <translation>le groupe %s existe déjà avec le GID %s au lieu de %s : rien n&apos;a été modifié ; donnez-lui le GID prévu à la main ou modifiez le déploiement.</translation>
    </message>
    <message>
        <source>GID %s is already taken by the group %s (wanted for %s): choose another GID in the deployment.</source>
        <translation>le GID %s est déjà pris par le groupe %s (prévu pour %s) : choisissez un autre GID dans le déploiement.</translation>
    </message>
    <message>
        <source>the account %s already exists with UID:GID %s instead of %s: nothing was changed; fix it by hand or change the deployment.</source>
        <translation>le compte %s existe déjà avec UID:GID %s au lieu de %s : rien n&apos;a été modifié ; corrigez-le à la main ou modifiez le déploiement.</translation>
    </message>
    <message>
        <source>UID %s is already taken by the account %s (wanted for %s): choose another UID in the deployment.</source>
        <translation>l&apos;UID %s est déjà pris par le compte %s (prévu pour %s) : choisissez un autre UID dans le déploiement.</translation>
    </message>
    <message>
        <source>%s exists but is not a folder.</source>
        <translation>%s existe mais n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>the folder %s is missing: check that the share is mounted.</source>
        <translation>le dossier %s est absent : vérifiez que le partage est monté.</translation>
    </message>
    <message>
        <source>%s exists; its content is not compared because %s is not set.</source>
        <translation>%s existe ; son contenu n&apos;est pas comparé car %s n&apos;est pas défini.</translation>
    </message>
    <message>
        <source>write the file %s</source>
        <translation>écrire le fichier %s</translation>
    </message>
    <message>
        <source>cannot restore %s: a folder is in the way.</source>
        <translation>impossible de restaurer %s : un dossier occupe la place.</translation>
    </message>
    <message>
        <source>keep %s in the backups</source>
        <translation>mettre %s de côté dans les sauvegardes</translation>
    </message>
    <message>
        <source>copying %s to %s (%s)…</source>
        <translation>copie de %s vers %s (%s)…</translation>
    </message>
    <message>
        <source>the copy of %s to %s differs from the source: the source is kept, the copy removed.</source>
        <translation>la copie de %s vers %s diffère de la source : la source est conservée, la copie supprimée.</translation>
    </message>
    <message>
        <source>%s already exists on the share: %s is not moved. Check the share&apos;s content.</source>
        <translation>%s existe déjà sur le partage : %s n&apos;est pas déplacé. Vérifiez le contenu du partage.</translation>
    </message>
    <message>
        <source>move %s to %s and link it back</source>
        <translation>déplacer %s vers %s et le relier par un lien</translation>
    </message>
    <message>
        <source>%s is missing on the share: run the primary host&apos;s script first.</source>
        <translation>%s est absent du partage : exécutez d&apos;abord le script de l&apos;hôte principal.</translation>
    </message>
    <message>
        <source>the primary host&apos;s package list %s is missing: run the primary host&apos;s script first.</source>
        <translation>la liste des paquets de l&apos;hôte principal %s est absente : exécutez d&apos;abord le script de l&apos;hôte principal.</translation>
    </message>
    <message>
        <source>comment out the lines of %s</source>
        <translation>commenter les lignes de %s</translation>
    </message>
    <message>
        <source>reload systemd on rollback</source>
        <translation>recharger systemd lors du retour arrière</translation>
    </message>
    <message>
        <source>Password for %s: </source>
        <translation>Mot de passe pour %s : </translation>
    </message>
    <message>
        <source>%s is not set: export it or run the script on a terminal.</source>
        <translation>%s n&apos;est pas défini : exportez-le ou lancez le script depuis un terminal.</translation>
    </message>
    <message>
        <source>%s contains a control character, which is refused.</source>
        <translation>%s contient un caractère de contrôle, ce qui est refusé.</translation>
    </message>
    <message>
        <source>unexpected command in the journal: %s.</source>
        <translation>commande inattendue dans le journal : %s.</translation>
    </message>
    <message>
        <source>rollback stopped at: %s. The journal keeps what is left to undo; fix the cause and run --rollback again.</source>
        <translation>retour arrière arrêté à : %s. Le journal garde ce qui reste à annuler ; corrigez la cause et relancez --rollback.</translation>
    </message>
    <message>
        <source>undoing step %s</source>
        <translation>annulation de l&apos;étape %s</translation>
    </message>
    <message>
        <source>step %s/%s %s: already done (%s)</source>
        <translation>étape %s/%s %s : déjà faite (%s)</translation>
    </message>
    <message>
        <source>step %s/%s %s: would be run (%s)</source>
        <translation>étape %s/%s %s : serait exécutée (%s)</translation>
    </message>
    <message>
        <source>step %s/%s %s: %s</source>
        <translation>étape %s/%s %s : %s</translation>
    </message>
    <message>
        <source>step %s failed (%s). The journal says what was done; run again to resume, or --rollback to undo.</source>
        <translation>l&apos;étape %s a échoué (%s). Le journal indique ce qui a été fait ; relancez pour reprendre, ou --rollback pour annuler.</translation>
    </message>
    <message>
        <source>step %s ran but its check still fails (%s).</source>
        <translation>l&apos;étape %s a été exécutée mais sa vérification échoue encore (%s).</translation>
    </message>
    <message>
        <source>step %s: done</source>
        <translation>étape %s : terminée</translation>
    </message>
    <message>
        <source>the deployment is locked (%s) by %s: another run is going on. If it is not, remove that folder.</source>
        <translation>le déploiement est verrouillé (%s) par %s : une autre exécution est en cours. Si ce n&apos;est pas le cas, supprimez ce dossier.</translation>
    </message>
    <message>
        <source>step %s was interrupted: undoing what it did before resuming</source>
        <translation>l&apos;étape %s a été interrompue : annulation de ce qu&apos;elle a fait avant de reprendre</translation>
    </message>
    <message>
        <source>unknown option %s.</source>
        <translation>option inconnue %s.</translation>
    </message>
    <message>
        <source>run this script as root (sudo sh SCRIPT).</source>
        <translation>exécutez ce script en tant que root (sudo sh SCRIPT).</translation>
    </message>
    <message>
        <source>rollback: undoing the applied steps in reverse order</source>
        <translation>retour arrière : annulation des étapes appliquées dans l&apos;ordre inverse</translation>
    </message>
    <message>
        <source>rollback complete</source>
        <translation>retour arrière terminé</translation>
    </message>
    <message>
        <source>all steps done</source>
        <translation>toutes les étapes sont faites</translation>
    </message>
    <message>
        <source>primary host</source>
        <translation>hôte principal</translation>
    </message>
    <message>
        <source>secondary host</source>
        <translation>hôte secondaire</translation>
    </message>
    <message>
        <source>publik-ha-wizard %1: Publik high availability, deployment %2, host %3 (%4).</source>
        <translation>publik-ha-wizard %1 : haute disponibilité Publik, déploiement %2, hôte %3 (%4).</translation>
    </message>
    <message>
        <source>Script %1 of %2: run the scripts in their order, each one to its end, as root.</source>
        <translation>Script %1 sur %2 : exécutez les scripts dans l&apos;ordre, chacun jusqu&apos;au bout, en tant que root.</translation>
    </message>
    <message>
        <source>Order: %1.</source>
        <translation>Ordre : %1.</translation>
    </message>
    <message>
        <source>Passwords come from the variables PUBLIK_DB_PASSWORD_&lt;COMPONENT&gt; or are typed on the terminal; this file holds none.</source>
        <translation>Les mots de passe viennent des variables PUBLIK_DB_PASSWORD_&lt;COMPOSANT&gt; ou sont saisis au terminal ; ce fichier n&apos;en contient aucun.</translation>
    </message>
    <message>
        <source>Generated file: change the deployment and export again rather than editing it.</source>
        <translation>Fichier généré : modifiez le déploiement et exportez de nouveau plutôt que de le modifier.</translation>
    </message>
    <message>
        <source>steps of %1</source>
        <translation>étapes de %1</translation>
    </message>
    <message>
        <source>Installation plan, deployment %1: %2 hosts, %3 steps.</source>
        <translation>Plan d&apos;installation, déploiement %1 : %2 hôtes, %3 étapes.</translation>
    </message>
    <message>
        <source>Passwords are shown as «VARIABLE»: they are read on the host at run time.</source>
        <translation>Les mots de passe sont affichés «VARIABLE» : ils sont lus sur l&apos;hôte au moment de l&apos;exécution.</translation>
    </message>
    <message>
        <source>%1 (%2), script %3</source>
        <translation>%1 (%2), script %3</translation>
    </message>
    <message>
        <source>Procedure: %1</source>
        <translation>Procédure : %1</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>Vérification :</translation>
    </message>
    <message>
        <source>Apply:</source>
        <translation>Exécution :</translation>
    </message>
    <message>
        <source>Rollback (from the journal):</source>
        <translation>Retour arrière (d&apos;après le journal) :</translation>
    </message>
    <message>
        <source>Not reversible.</source>
        <translation>Irréversible.</translation>
    </message>
    <message>
        <source>File %1 (%2:%3, %4):</source>
        <translation>Fichier %1 (%2:%3, %4) :</translation>
    </message>
    <message>
        <source>%s is not valid UTF-8: type it again on a UTF-8 terminal.</source>
        <translation>%s n&apos;est pas en UTF-8 valide : saisissez-le de nouveau sur un terminal UTF-8.</translation>
    </message>
    <message>
        <source>warning: %s was added to the share with a name the journal cannot hold; remove it by hand after a rollback.</source>
        <translation>avertissement : %s a été ajouté au partage avec un nom que le journal ne peut pas contenir ; supprimez-le à la main après un retour arrière.</translation>
    </message>
    <message>
        <source>the lock of %s is left from a process that no longer runs: taken over</source>
        <translation>le verrou de %s a été laissé par un processus qui ne tourne plus : il est repris</translation>
    </message>
    <message>
        <source>a real run would stop here:</source>
        <translation>une vraie exécution s&apos;arrêterait ici :</translation>
    </message>
    <message>
        <source>the share %s is not a mounted file system on this host (only a folder, or missing): nothing was changed. Mount the share, then run again.</source>
        <translation>le partage %s n&apos;est pas un système de fichiers monté sur cet hôte (simple dossier, ou absent) : rien n&apos;a été modifié. Montez le partage, puis relancez.</translation>
    </message>
    <message>
        <source>this machine takes part in the deployment %s as the host %s (recorded at its first run), and this script is for %s: nothing was changed. Run on each host its own script.</source>
        <translation>cette machine prend part au déploiement %s comme l&apos;hôte %s (enregistré à sa première exécution), et ce script est pour l&apos;hôte %s : rien n&apos;a été modifié. Exécutez sur chaque hôte son propre script.</translation>
    </message>
    <message>
        <source>the state of the deployment %s on this host was recorded by another machine (machine-id %s, this one is %s): a copied or cloned system? Nothing was changed. If this is the same host with a new machine-id, remove %s and run again.</source>
        <translation>l&apos;état du déploiement %s sur cet hôte a été enregistré par une autre machine (machine-id %s, celle-ci a %s) : système copié ou cloné ? Rien n&apos;a été modifié. S&apos;il s&apos;agit bien du même hôte avec un nouveau machine-id, supprimez %s et relancez.</translation>
    </message>
    <message>
        <source>--host-is=%s: this script is for the host %s. Nothing was changed.</source>
        <translation>--host-is=%s : ce script est pour l&apos;hôte %s. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>this machine is named %s and this script is for the host %s: nothing was changed. Run on each host its own script; if this machine is that host under another name, run again with --host-is=%s.</source>
        <translation>cette machine s&apos;appelle %s et ce script est pour l&apos;hôte %s : rien n&apos;a été modifié. Exécutez sur chaque hôte son propre script ; si cette machine est bien cet hôte sous un autre nom, relancez avec --host-is=%s.</translation>
    </message>
    <message>
        <source>this host already takes part in the deployment %s (journal %s) and cannot take part in %s as well: nothing was changed. If the deployment was renamed, use the file or the scripts of %s; otherwise roll it back first.</source>
        <translation>cet hôte prend déjà part au déploiement %s (journal %s) et ne peut pas prendre part aussi à %s : rien n&apos;a été modifié. Si le déploiement a été renommé, utilisez le fichier ou les scripts de %s ; sinon, faites d&apos;abord son retour arrière.</translation>
    </message>
    <message>
        <source>nothing of the deployment %s to undo on this host, which takes part in the deployment %s: roll back with the file or the scripts of %s.</source>
        <translation>rien du déploiement %s à défaire sur cet hôte, qui prend part au déploiement %s : faites le retour arrière avec le fichier ou les scripts de %s.</translation>
    </message>
    <message>
        <source>Usage: sh %1 [--dry-run | --rollback | --help] [--host-is=%2]</source>
        <translation>Usage : sh %1 [--dry-run | --rollback | --help] [--host-is=%2]</translation>
    </message>
    <message>
        <source>Usage: sh SCRIPT [--dry-run | --rollback | --help] [--host-is=NAME]
  --dry-run        show what would be done, change nothing
  --rollback       undo the applied steps in reverse order, from the journal
  --host-is=NAME   this machine is the deployment&apos;s host NAME under another host name (needed on its first run only)
Before changing anything, the script checks that the share is mounted, that this machine is the host it was exported for, and that it takes part in no other deployment.
Passwords: environment variables PUBLIK_DB_PASSWORD_&lt;COMPONENT&gt;, or typed on the terminal.</source>
        <translation>Usage : sh SCRIPT [--dry-run | --rollback | --help] [--host-is=NOM]
  --dry-run        simulation : montre ce qui serait fait, ne change rien
  --rollback       retour arrière : annule les étapes appliquées dans l&apos;ordre inverse, d&apos;après le journal
  --host-is=NOM    cette machine est l&apos;hôte NOM du déploiement sous un autre nom d&apos;hôte (utile à sa première exécution seulement)
Avant toute modification, le script vérifie que le partage est monté, que cette machine est l&apos;hôte pour lequel il a été exporté, et qu&apos;elle ne prend part à aucun autre déploiement.
Mots de passe : variables d&apos;environnement PUBLIK_DB_PASSWORD_&lt;COMPOSANT&gt;, ou saisie au terminal.</translation>
    </message>
    <message>
        <source>note: this machine is named %s, not %s; reached at that host&apos;s address (%s) with its known host key, it is taken for that host.</source>
        <translation>remarque : cette machine s&apos;appelle %s, pas %s ; jointe à l&apos;adresse de cet hôte (%s) avec sa clé d&apos;hôte connue, elle est prise pour cet hôte.</translation>
    </message>
    <message>
        <source>note: this machine is named %s, not %s, and holds nothing of the deployment %s to undo.</source>
        <translation>remarque : cette machine s&apos;appelle %s, pas %s, et ne contient rien du déploiement %s à défaire.</translation>
    </message>
    <message>
        <source>%s and its copy on the share %s both exist and differ: nothing was deleted. Compare them, keep the right one in %s, remove the other, then run the rollback again.</source>
        <translation>%s et sa copie sur le partage %s existent toutes deux et diffèrent : rien n&apos;a été supprimé. Comparez-les, gardez la bonne dans %s, supprimez l&apos;autre, puis relancez le retour arrière.</translation>
    </message>
    <message>
        <source>what step %s had done is undone, and the services it had stopped (%s) are running again.</source>
        <translation>ce que l&apos;étape %s avait fait est défait, et les services qu&apos;elle avait arrêtés (%s) tournent de nouveau.</translation>
    </message>
    <message>
        <source>step %s could not be fully undone: the services it had stopped (%s) may not be running. The journal keeps what is left: fix the cause and run again.</source>
        <translation>l&apos;étape %s n&apos;a pas pu être entièrement défaite : les services qu&apos;elle avait arrêtés (%s) ne tournent peut-être pas. Le journal garde ce qui reste : corrigez la cause et relancez.</translation>
    </message>
    <message>
        <source>%s paths that appeared on the share during the installation are not the packages&apos; own: rollback keeps them.</source>
        <translation>%s chemins apparus sur le partage pendant l&apos;installation ne viennent pas des paquets : le retour arrière les conserve.</translation>
    </message>
    <message>
        <source>%s is kept: it is not empty (what it holds was not written by the packages).</source>
        <translation>%s est conservé : il n&apos;est pas vide (ce qu&apos;il contient n&apos;a pas été écrit par les paquets).</translation>
    </message>
    <message>
        <source>rollback refused: secondary hosts are still attached to the share (%s, recorded in %s). Roll them back first (their script with --rollback, or the tool&apos;s rollback, which does them first), then run this rollback again.</source>
        <translation>retour arrière refusé : des hôtes secondaires sont encore rattachés au partage (%s, inscrits dans %s). Faites d&apos;abord leur retour arrière (leur script avec --rollback, ou le retour arrière de l&apos;outil, qui commence par eux), puis relancez celui-ci.</translation>
    </message>
    <message>
        <source>rollback refused: this host has no journal (%s) but is attached to the share (%s). Rollback cannot tell what was done here and changes nothing. Stop the Publik services of this host, remove those links (rm LINK, never rm -r) and put the host&apos;s own folders back, or reinstall the host; then run the rollback again.</source>
        <translation>retour arrière refusé : cet hôte n&apos;a pas de journal (%s) mais il est rattaché au partage (%s). Le retour arrière ne peut pas savoir ce qui a été fait ici et ne change rien. Arrêtez les services Publik de cet hôte, supprimez ces liens (rm LIEN, jamais rm -r) et remettez en place les dossiers propres à l&apos;hôte, ou réinstallez l&apos;hôte ; puis relancez le retour arrière.</translation>
    </message>
    <message>
        <source>%s removed: this host is no longer attached to the share.</source>
        <translation>%s supprimé : cet hôte n&apos;est plus rattaché au partage.</translation>
    </message>
    <message>
        <source>no journal on this host and no link into the share: nothing to undo</source>
        <translation>pas de journal sur cet hôte et aucun lien vers le partage : rien à défaire</translation>
    </message>
    <message>
        <source>the share %s is not mounted on this host: mount it (and add it to /etc/fstab), then run the script again.</source>
        <translation>le partage %s n&apos;est pas monté sur cet hôte : montez-le (et ajoutez-le à /etc/fstab), puis relancez le script.</translation>
    </message>
    <message>
        <source>restart %s on rollback if it runs</source>
        <translation>redémarrer %s lors du retour arrière s&apos;il tourne</translation>
    </message>
    <message>
        <source>restarting %s: its settings changed</source>
        <translation>redémarrage de %s : sa configuration a changé</translation>
    </message>
    <message>
        <source>kB MB GB TB</source>
        <translation>ko Mo Go To</translation>
    </message>
    <message>
        <source>not enough space to copy %s (%s) into %s (%s free): nothing was moved; free some space on the share.</source>
        <translation>pas assez de place pour copier %s (%s) dans %s (%s libres) : rien n&apos;a été déplacé ; libérez de la place sur le partage.</translation>
    </message>
    <message>
        <source>step %s: moving %s needs %s, and %s has %s free. Nothing was moved and no service was stopped: free some space on the share, then run again.</source>
        <translation>étape %s : déplacer %s demande %s, et %s n&apos;a que %s libres. Rien n&apos;a été déplacé ni aucun service arrêté : libérez de la place sur le partage, puis relancez.</translation>
    </message>
    <message>
        <source>Services stopped while their files move: %1</source>
        <translation>Services arrêtés pendant le déplacement de leurs fichiers : %1</translation>
    </message>
    <message>
        <source>Services restarted if their settings change: %1</source>
        <translation>Services redémarrés si leurs réglages changent : %1</translation>
    </message>
</context>
<context>
    <name>ScriptFolder</name>
    <message>
        <source>%1 is a symbolic link: the scripts are never written through one. Give the folder itself.</source>
        <translation>%1 est un lien symbolique : les scripts ne sont jamais écrits à travers un lien. Donnez le dossier lui-même.</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder.</source>
        <translation>%1 existe et n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>%1 was not written by publik-ha-wizard, and a &apos;*.sh&apos; pattern on the folder would run it with the scripts: move it away or export into another folder. Nothing was written.</source>
        <translation>%1 n&apos;a pas été écrit par publik-ha-wizard, et un motif « *.sh » sur le dossier l&apos;exécuterait avec les scripts : déplacez-le ou exportez dans un autre dossier. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1 is in the way (it is not a file): remove it or export into another folder. Nothing was written.</source>
        <translation>%1 gêne (ce n&apos;est pas un fichier) : supprimez-le ou exportez dans un autre dossier. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Cannot write into %1: %2. Nothing was written.</source>
        <translation>Impossible d&apos;écrire dans %1 : %2. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was written.</source>
        <translation>Impossible d&apos;écrire %1 : %2. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Cannot write the scripts into %1: %2. Nothing was changed.</source>
        <translation>Impossible d&apos;écrire les scripts dans %1 : %2. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>SizeUnit</name>
    <message>
        <source>%1 kB</source>
        <translation>%1 ko</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 Go</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 To</translation>
    </message>
</context>
<context>
    <name>SshSession</name>
    <message>
        <source>%1: cannot read the SSH configuration %2.</source>
        <translation>%1 : impossible de lire la configuration SSH %2.</translation>
    </message>
    <message>
        <source>%1: cannot create an SSH session.</source>
        <translation>%1 : impossible de créer une session SSH.</translation>
    </message>
    <message>
        <source>%1: invalid SSH option: %2.</source>
        <translation>%1 : option SSH invalide : %2.</translation>
    </message>
    <message>
        <source>%1: the server did not show its host key.</source>
        <translation>%1 : le serveur n&apos;a pas présenté sa clé d&apos;hôte.</translation>
    </message>
    <message>
        <source> (a key of another type)</source>
        <translation> (une clé d&apos;un autre type)</translation>
    </message>
    <message>
        <source>%1: passphrase needed; </source>
        <translation>%1 : phrase secrète nécessaire; </translation>
    </message>
    <message>
        <source>%1: cannot read the key (wrong passphrase?); </source>
        <translation>%1 : impossible de lire la clé (phrase secrète erronée ?); </translation>
    </message>
    <message>
        <source>%1: key refused; </source>
        <translation>%1 : clé refusée; </translation>
    </message>
    <message>
        <source>ssh-agent: no key accepted; </source>
        <translation>ssh-agent : aucune clé acceptée; </translation>
    </message>
    <message>
        <source>password refused; </source>
        <translation>mot de passe refusé; </translation>
    </message>
    <message>
        <source>no password given; </source>
        <translation>aucun mot de passe fourni; </translation>
    </message>
    <message>
        <source>no method the server accepts</source>
        <translation>aucune méthode acceptée par le serveur</translation>
    </message>
    <message>
        <source>%1: sudo needs the password of %2: none was given.</source>
        <translation>%1 : sudo demande le mot de passe de %2 : aucun n&apos;a été fourni.</translation>
    </message>
    <message>
        <source>%1: the SSH link is down.</source>
        <translation>%1 : la liaison SSH est coupée.</translation>
    </message>
    <message>
        <source>%1: cannot open an SSH channel: %2.</source>
        <translation>%1 : impossible d&apos;ouvrir un canal SSH : %2.</translation>
    </message>
    <message>
        <source>%1: cannot start the command: %2.</source>
        <translation>%1 : impossible de lancer la commande : %2.</translation>
    </message>
    <message>
        <source>%1: stopped.</source>
        <translation>%1 : arrêté.</translation>
    </message>
    <message>
        <source>%1: the command did not finish within %2 s.</source>
        <translation>%1 : la commande ne s&apos;est pas terminée en %2 s.</translation>
    </message>
    <message>
        <source>%1: the SSH link dropped during the command (%2): the command&apos;s outcome on the host is unknown; the host&apos;s journal tells what was done.</source>
        <translation>%1 : la liaison SSH a été coupée pendant la commande (%2) : le résultat de la commande sur l&apos;hôte est inconnu ; le journal de l&apos;hôte indique ce qui a été fait.</translation>
    </message>
    <message>
        <source>%1: the command&apos;s input could not be sent: %2.</source>
        <translation>%1 : l&apos;entrée de la commande n&apos;a pas pu être envoyée : %2.</translation>
    </message>
    <message>
        <source>%1: the command ended without an exit status (killed by a signal?).</source>
        <translation>%1 : la commande s&apos;est terminée sans code de sortie (tuée par un signal ?).</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>SSH link dropped</source>
        <translation>liaison SSH coupée</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>no exit status</source>
        <translation>pas de code de sortie</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>%1: the SSH link dropped (%2).</source>
        <translation>%1 : le lien SSH est coupé (%2).</translation>
    </message>
    <message>
        <source>%1: the SSH configuration %2 includes files more than 16 levels deep (%3: an Include loop?); ssh refuses it too.</source>
        <translation>%1 : la configuration SSH %2 inclut des fichiers sur plus de 16 niveaux (%3 : une boucle d&apos;Include ?) ; ssh la refuse aussi.</translation>
    </message>
    <message>
        <source>Check that the file exists and can be read, or give another one with --ssh-config.</source>
        <translation>Vérifiez que le fichier existe et peut être lu, ou indiquez-en un autre avec --ssh-config.</translation>
    </message>
    <message>
        <source>Remove the Include loop from the SSH configuration.</source>
        <translation>Supprimez la boucle d’Include de la configuration SSH.</translation>
    </message>
    <message>
        <source>Check that this machine has free memory, then try again.</source>
        <translation>Vérifiez qu’il reste de la mémoire libre sur cette machine, puis réessayez.</translation>
    </message>
    <message>
        <source>Check the host&apos;s address, port and user in the deployment.</source>
        <translation>Vérifiez l’adresse, le port et l’utilisateur de l’hôte dans le déploiement.</translation>
    </message>
    <message>
        <source>Check that the address and port are those of an SSH server, then try again.</source>
        <translation>Vérifiez que l’adresse et le port sont ceux d’un serveur SSH, puis réessayez.</translation>
    </message>
    <message>
        <source>%1: cannot record the host key in %2.</source>
        <translation>%1 : impossible d’enregistrer la clé d’hôte dans %2.</translation>
    </message>
    <message>
        <source>Check that %1 and its folder can be written by you.</source>
        <translation>Vérifiez que vous pouvez écrire dans %1 et dans son dossier.</translation>
    </message>
    <message>
        <source>%1: the host key of %2 is unknown (%3 in %4).</source>
        <translation>%1 : la clé d’hôte de %2 est inconnue (%3 dans %4).</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one the host shows (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub, on the host), then accept it (--accept-new-host-keys headless).</source>
        <translation>Comparez cette empreinte avec celle que l’hôte affiche (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub, sur l’hôte), puis acceptez-la (--accept-new-host-keys en ligne de commande).</translation>
    </message>
    <message>
        <source>%1: cannot read the known hosts file %2.</source>
        <translation>%1 : impossible de lire le fichier des hôtes connus %2.</translation>
    </message>
    <message>
        <source>Check that %1 can be read, or give another file with --known-hosts.</source>
        <translation>Vérifiez que %1 peut être lu, ou indiquez un autre fichier avec --known-hosts.</translation>
    </message>
    <message>
        <source>%1: the host key of %2 has CHANGED%3: the server now shows %4, %5 records %6. Nothing was sent.</source>
        <translation>%1 : clé d’hôte MODIFIÉE pour %2%3 : le serveur présente maintenant %4, %5 enregistre %6. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>If the host was reinstalled, check the new fingerprint with its administrator and remove the old line (ssh-keygen -R %1 -f %2); otherwise, someone may be between you and the host: do not go on.</source>
        <translation>Si l’hôte a été réinstallé, vérifiez la nouvelle empreinte auprès de son administrateur et supprimez l’ancienne ligne (ssh-keygen -R %1 -f %2) ; sinon, quelqu’un se trouve peut-être entre vous et l’hôte : n’allez pas plus loin.</translation>
    </message>
    <message>
        <source>%1: authentication of %2 failed (%3).</source>
        <translation>%1 : l’authentification de %2 a échoué (%3).</translation>
    </message>
    <message>
        <source>Load the key in ssh-agent, choose the host&apos;s key file, or give the SSH password (in the wizard, or %1).</source>
        <translation>Chargez la clé dans ssh-agent, choisissez le fichier de clé de l’hôte, ou indiquez le mot de passe SSH (dans l’assistant, ou %1).</translation>
    </message>
    <message>
        <source>%1: %2 is not root and sudo is off for this host.</source>
        <translation>%1 : %2 n’est pas root et sudo est désactivé pour cet hôte.</translation>
    </message>
    <message>
        <source>Turn sudo on for this host, or connect as root.</source>
        <translation>Activez sudo pour cet hôte, ou connectez-vous en root.</translation>
    </message>
    <message>
        <source>%1: cannot become root (%2)%3.</source>
        <translation>%1 : impossible de devenir root (%2)%3.</translation>
    </message>
    <message>
        <source>Check the sudo rights of %1 on the host (sudo -l) and its sudo password (in the wizard, or %2).</source>
        <translation>Vérifiez les droits sudo de %1 sur l’hôte (sudo -l) et son mot de passe sudo (dans l’assistant, ou %2).</translation>
    </message>
    <message>
        <source>%1: the name %2 does not resolve (no DNS record).</source>
        <translation>%1 : le nom %2 ne se résout pas (aucun enregistrement DNS).</translation>
    </message>
    <message>
        <source>Check the host&apos;s address in the deployment, or add the name to the DNS or to /etc/hosts of this machine.</source>
        <translation>Vérifiez l’adresse de l’hôte dans le déploiement, ou ajoutez le nom au DNS ou au fichier /etc/hosts de cette machine.</translation>
    </message>
    <message>
        <source>%1: %2 refuses connections on port %3: no SSH server listens there.</source>
        <translation>%1 : %2 refuse les connexions sur le port %3 : aucun serveur SSH n’y écoute.</translation>
    </message>
    <message>
        <source>Check the port in the deployment and that sshd runs on the host (systemctl status ssh).</source>
        <translation>Vérifiez le port dans le déploiement et que sshd tourne sur l’hôte (systemctl status ssh).</translation>
    </message>
    <message>
        <source>%1: %2 does not answer on port %3 (waited %4 s).</source>
        <translation>%1 : %2 ne répond pas sur le port %3 (attendu %4 s).</translation>
    </message>
    <message>
        <source>Check that the host is up, its address, and that no firewall drops port %1 between this machine and the host.</source>
        <translation>Vérifiez que l’hôte est allumé, son adresse, et qu’aucun pare-feu ne bloque le port %1 entre cette machine et l’hôte.</translation>
    </message>
    <message>
        <source>%1: no network route to %2.</source>
        <translation>%1 : aucune route réseau vers %2.</translation>
    </message>
    <message>
        <source>Check the address and this machine&apos;s network towards the host (VPN, routes).</source>
        <translation>Vérifiez l’adresse et le réseau de cette machine vers l’hôte (VPN, routes).</translation>
    </message>
    <message>
        <source>%1: cannot connect to %2 port %3 (libssh: %4).</source>
        <translation>%1 : impossible de se connecter à %2 port %3 (libssh : %4).</translation>
    </message>
    <message>
        <source>Check the address, the port and that sshd runs on the host.</source>
        <translation>Vérifiez l’adresse, le port et que sshd tourne sur l’hôte.</translation>
    </message>
</context>
<context>
    <name>SystemError</name>
    <message>
        <source>no such file</source>
        <translation>ce fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>c&apos;est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>une partie du chemin n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>too many levels of symbolic links</source>
        <translation>trop de niveaux de liens symboliques</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>le nom est trop long</translation>
    </message>
    <message>
        <source>input/output error</source>
        <translation>erreur d&apos;entrée-sortie</translation>
    </message>
    <message>
        <source>no such device</source>
        <translation>ce périphérique n&apos;existe pas</translation>
    </message>
    <message>
        <source>the system is out of resources</source>
        <translation>le système manque de ressources</translation>
    </message>
    <message>
        <source>read-only file system</source>
        <translation>système de fichiers en lecture seule</translation>
    </message>
    <message>
        <source>no space left</source>
        <translation>plus de place</translation>
    </message>
    <message>
        <source>system error %1</source>
        <translation>erreur système %1</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>format: version %1 is not supported (expected 1).</source>
        <translation>format : la version %1 n&apos;est pas prise en charge (1 attendu).</translation>
    </message>
    <message>
        <source>name: use 1 to 63 lower-case letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit.</source>
        <translation>name : utilisez de 1 à 63 lettres minuscules, chiffres, « - » ou « _ », en commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>%1: the host name must be 1 to 63 letters, digits or &apos;-&apos; (RFC 1123), without spaces or symbols.</source>
        <translation>%1 : le nom d&apos;hôte doit compter de 1 à 63 lettres, chiffres ou « - » (RFC 1123), sans espace ni symbole.</translation>
    </message>
    <message>
        <source>%1: the host name %2 is used twice.</source>
        <translation>%1 : le nom d&apos;hôte %2 est utilisé deux fois.</translation>
    </message>
    <message>
        <source>%1: enter a DNS name (RFC 1123) or an IP address.</source>
        <translation>%1 : saisissez un nom DNS (RFC 1123) ou une adresse IP.</translation>
    </message>
    <message>
        <source>%1: the port must be between 1 and 65535.</source>
        <translation>%1 : le port doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>%1: the SSH user must be a Unix account name (lower-case letters, digits, &apos;_&apos; or &apos;-&apos;).</source>
        <translation>%1 : l&apos;utilisateur SSH doit être un nom de compte Unix (lettres minuscules, chiffres, « _ » ou « - »).</translation>
    </message>
    <message>
        <source>%1: the user %2 is not root: enable sudo.</source>
        <translation>%1 : l&apos;utilisateur %2 n&apos;est pas root : activez sudo.</translation>
    </message>
    <message>
        <source>%1: choose the private key file.</source>
        <translation>%1 : choisissez le fichier de clé privée.</translation>
    </message>
    <message>
        <source>%1: the path contains control characters or is too long.</source>
        <translation>%1 : le chemin contient des caractères de contrôle ou est trop long.</translation>
    </message>
    <message>
        <source>hosts: exactly one primary host is required (found %1).</source>
        <translation>hosts : il faut exactement un hôte principal (trouvés : %1).</translation>
    </message>
    <message>
        <source>hosts: between 1 and %1 secondary hosts are required (found %2).</source>
        <translation>hosts : il faut entre 1 et %1 hôtes secondaires (trouvés : %2).</translation>
    </message>
    <message>
        <source>components: choose at least one Publik component.</source>
        <translation>components : choisissez au moins un composant Publik.</translation>
    </message>
    <message>
        <source>%1: the component %2 is listed twice.</source>
        <translation>%1 : le composant %2 figure deux fois.</translation>
    </message>
    <message>
        <source>%1: %2 is not a known component: package, account, service and folders named %2 are assumed.</source>
        <translation>%1 : %2 n&apos;est pas un composant connu : paquet, compte, service et dossiers nommés %2 sont supposés.</translation>
    </message>
    <message>
        <source>%1: the account name must be lower-case letters, digits, &apos;_&apos; or &apos;-&apos; (32 at most), starting with a letter or &apos;_&apos;.</source>
        <translation>%1 : le nom du compte doit être fait de lettres minuscules, chiffres, « _ » ou « - » (32 au plus), en commençant par une lettre ou « _ ».</translation>
    </message>
    <message>
        <source>%1: the account %2 is listed twice.</source>
        <translation>%1 : le compte %2 figure deux fois.</translation>
    </message>
    <message>
        <source>%1: enter an absolute path without &apos;..&apos;, spaces or symbols.</source>
        <translation>%1 : saisissez un chemin absolu sans « .. », espace ni symbole.</translation>
    </message>
    <message>
        <source>accounts: the component %1 needs the system account %2 with its UID and GID.</source>
        <translation>accounts : le composant %1 a besoin du compte système %2 avec son UID et son GID.</translation>
    </message>
    <message>
        <source>database.host: enter a DNS name (RFC 1123) or an IP address.</source>
        <translation>database.host : saisissez un nom DNS (RFC 1123) ou une adresse IP.</translation>
    </message>
    <message>
        <source>database.port: the port must be between 1 and 65535.</source>
        <translation>database.port : le port doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>database.components.%1: the database name and user of %1 are required.</source>
        <translation>database.components.%1 : le nom de la base de données et l&apos;utilisateur de %1 sont obligatoires.</translation>
    </message>
    <message>
        <source>%1: %2 has no Django database in this deployment; this entry is ignored.</source>
        <translation>%1 : %2 n&apos;a pas de base de données Django dans ce déploiement ; cette entrée est ignorée.</translation>
    </message>
    <message>
        <source>%1: a database name is letters, digits and &apos;_&apos; (63 at most), not starting with a digit.</source>
        <translation>%1 : un nom de base de données se compose de lettres, chiffres et « _ » (63 au plus), sans commencer par un chiffre.</translation>
    </message>
    <message>
        <source>%1: a role name is letters, digits and &apos;_&apos; (63 at most), not starting with a digit.</source>
        <translation>%1 : un nom de rôle se compose de lettres, chiffres et « _ » (63 au plus), sans commencer par un chiffre.</translation>
    </message>
    <message>
        <source>nfs.publik_dir: the Publik folder must be inside the share %1.</source>
        <translation>nfs.publik_dir : le dossier Publik doit se trouver dans le partage %1.</translation>
    </message>
    <message>
        <source>nfs.publik_dir: this folder is reserved for the wizard&apos;s own state.</source>
        <translation>nfs.publik_dir : ce dossier est réservé à l&apos;état propre de l&apos;assistant.</translation>
    </message>
    <message>
        <source>%1: at least one package is required.</source>
        <translation>%1 : au moins un paquet est nécessaire.</translation>
    </message>
    <message>
        <source>%1: a component with a database needs a system account.</source>
        <translation>%1 : un composant avec base de données a besoin d&apos;un compte système.</translation>
    </message>
    <message>
        <source>%1: %2 is the name of a step of the plan and cannot name a component.</source>
        <translation>%1 : %2 est le nom d&apos;une étape du plan et ne peut pas nommer un composant.</translation>
    </message>
    <message>
        <source>%1: %2 differs from another account only by &apos;-&apos; and &apos;_&apos;; choose another name.</source>
        <translation>%1 : %2 ne diffère d&apos;un autre compte que par « - » et « _ » ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>nfs.mount: the share %1 overlaps %2, which the plan moves onto the share.</source>
        <translation>nfs.mount : le partage %1 chevauche %2, que le plan déplace sur le partage.</translation>
    </message>
    <message>
        <source>%1: %2 port %3 is the same host as %4; each host is listed once.</source>
        <translation>%1 : %2 port %3 désigne le même hôte que %4 ; chaque hôte n&apos;est listé qu&apos;une fois.</translation>
    </message>
    <message>
        <source>%1: %2 is not in components; this description is ignored.</source>
        <translation>%1 : %2 n&apos;est pas dans components ; cette description est ignorée.</translation>
    </message>
    <message>
        <source>%1: %2 is an account of the system or of other software; a component has its own account: choose another name.</source>
        <translation>%1 : %2 est un compte du système ou d&apos;un autre logiciel ; un composant a son propre compte : choisissez un autre nom.</translation>
    </message>
    <message>
        <source>%1: UID 0 is root&apos;s and cannot be used.</source>
        <translation>%1 : l&apos;UID 0 est celui de root et ne peut pas être utilisé.</translation>
    </message>
    <message>
        <source>%1: GID 0 is root&apos;s and cannot be used.</source>
        <translation>%1 : le GID 0 est celui de root et ne peut pas être utilisé.</translation>
    </message>
    <message>
        <source>%1: UID %2 is reserved (nobody, or the invalid -1); choose another one.</source>
        <translation>%1 : l&apos;UID %2 est réservé (nobody, ou la valeur invalide -1) ; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>%1: GID %2 is reserved (nogroup, or the invalid -1); choose another one.</source>
        <translation>%1 : le GID %2 est réservé (nogroup, ou la valeur invalide -1) ; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>%1: UID %2 is outside the chosen range %3–%4.</source>
        <translation>%1 : l&apos;UID %2 est hors de la plage choisie %3–%4.</translation>
    </message>
    <message>
        <source>%1: GID %2 is outside the chosen range %3–%4.</source>
        <translation>%1 : le GID %2 est hors de la plage choisie %3–%4.</translation>
    </message>
    <message>
        <source>%1: UID %2 is already given to %3.</source>
        <translation>%1 : l&apos;UID %2 est déjà attribué à %3.</translation>
    </message>
    <message>
        <source>%1: GID %2 is already given to %3.</source>
        <translation>%1 : le GID %2 est déjà attribué à %3.</translation>
    </message>
    <message>
        <source>%1: UID %2 is below 1000, where Debian packages create their own system accounts.</source>
        <translation>%1 : l&apos;UID %2 est inférieur à 1000, où les paquets Debian créent leurs propres comptes système.</translation>
    </message>
    <message>
        <source>%1: GID %2 is below 1000, where Debian packages create their own system groups.</source>
        <translation>%1 : le GID %2 est inférieur à 1000, où les paquets Debian créent leurs propres groupes système.</translation>
    </message>
    <message>
        <source>nfs.mount: enter an absolute path without &apos;..&apos;, &apos;//&apos;, spaces or symbols, without a trailing &apos;/&apos;, each name 255 bytes at most.</source>
        <translation>nfs.mount : saisissez un chemin absolu sans « .. », « // », espace ni symbole, sans « / » final, et dont chaque nom fait 255 octets au plus.</translation>
    </message>
    <message>
        <source>nfs.publik_dir: enter an absolute path without &apos;..&apos;, &apos;//&apos;, spaces or symbols, without a trailing &apos;/&apos;, each name 255 bytes at most.</source>
        <translation>nfs.publik_dir : saisissez un chemin absolu sans « .. », « // », espace ni symbole, sans « / » final, et dont chaque nom fait 255 octets au plus.</translation>
    </message>
    <message>
        <source>%1: the configuration folder must be one folder directly under /etc (/etc/NAME), named after the component.</source>
        <translation>%1 : le dossier de configuration doit être un seul dossier placé directement sous /etc (/etc/NOM), nommé d&apos;après le composant.</translation>
    </message>
    <message>
        <source>%1: the data folder must be one folder directly under /var/lib (/var/lib/NAME), named after the component.</source>
        <translation>%1 : le dossier de données doit être un seul dossier placé directement sous /var/lib (/var/lib/NOM), nommé d&apos;après le composant.</translation>
    </message>
    <message>
        <source>%1: %2 belongs to the system or to other software; a component has folders of its own, named after it.</source>
        <translation>%1 : %2 appartient au système ou à un autre logiciel ; un composant a ses propres dossiers, nommés d&apos;après lui.</translation>
    </message>
    <message>
        <source>%1: %2 overlaps %3, which the plan shares itself.</source>
        <translation>%1 : %2 chevauche %3, que le plan partage lui-même.</translation>
    </message>
    <message>
        <source>%1: %2 overlaps %3 of %4; each component has folders of its own.</source>
        <translation>%1 : %2 chevauche %3 de %4 ; chaque composant a ses propres dossiers.</translation>
    </message>
    <message>
        <source>%1: %2 is a service of the system or of other software; the plan stops a component&apos;s own service only.</source>
        <translation>%1 : %2 est un service du système ou d&apos;un autre logiciel ; le plan n&apos;arrête que le service propre au composant.</translation>
    </message>
    <message>
        <source>%1: %2 is not a cron file: each one is a file directly in /etc/cron.d, /etc/cron.hourly, /etc/cron.daily, /etc/cron.weekly or /etc/cron.monthly.</source>
        <translation>%1 : %2 n&apos;est pas un fichier cron : chacun est un fichier placé directement dans /etc/cron.d, /etc/cron.hourly, /etc/cron.daily, /etc/cron.weekly ou /etc/cron.monthly.</translation>
    </message>
    <message>
        <source>%1: %2 is a cron of the system or of other software; only the component&apos;s own crons are disabled on secondaries.</source>
        <translation>%1 : %2 est une tâche cron du système ou d&apos;un autre logiciel ; seules les tâches cron propres au composant sont désactivées sur les hôtes secondaires.</translation>
    </message>
    <message>
        <source>%1: the cron file %2 is already listed by %3.</source>
        <translation>%1 : le fichier cron %2 est déjà listé par %3.</translation>
    </message>
    <message>
        <source>%1: a component name is 2 to 63 lower-case letters, digits and &apos;-&apos;, starting and ending with a letter or digit.</source>
        <translation>%1 : un nom de composant fait de 2 à 63 lettres minuscules, chiffres et « - », et commence et finit par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>%1: %2 is the name of the system or of other software (its package, service, folder or cron); a component cannot take it.</source>
        <translation>%1 : %2 est un nom du système ou d&apos;un autre logiciel (son paquet, son service, son dossier ou sa tâche cron) ; un composant ne peut pas le prendre.</translation>
    </message>
    <message>
        <source>id_range: the range must be within %1 to %2 with min ≤ max (the other IDs are reserved).</source>
        <translation>id_range : la plage doit être comprise entre %1 et %2 avec min ≤ max (les autres identifiants sont réservés).</translation>
    </message>
    <message>
        <source>%1: %2 is read as an IPv4 address written in hexadecimal, octal or short form; write it as four decimal numbers (such as 10.0.0.11).</source>
        <translation>%1 : %2 se lit comme une adresse IPv4 écrite en hexadécimal, en octal ou sous forme abrégée ; écrivez-la en quatre nombres décimaux (par exemple 10.0.0.11).</translation>
    </message>
    <message>
        <source>%1: UID %2 is in a range that Debian and systemd reserve (1–99, 60000–65535); choose one in %3–%4.</source>
        <translation>%1 : l&apos;UID %2 est dans une plage que Debian et systemd réservent (1–99, 60000–65535) ; choisissez-en un entre %3 et %4.</translation>
    </message>
    <message>
        <source>%1: GID %2 is in a range that Debian and systemd reserve (1–99, 60000–65535); choose one in %3–%4.</source>
        <translation>%1 : le GID %2 est dans une plage que Debian et systemd réservent (1–99, 60000–65535) ; choisissez-en un entre %3 et %4.</translation>
    </message>
    <message>
        <source>nfs.mount: %1 belongs to the system or is a temporary folder and cannot be the share; mount the share on a folder made for it: /srv/NAME, /mnt/NAME, /media/NAME or a folder of your own at the top (/nfs, /data).</source>
        <translation>nfs.mount : %1 appartient au système ou est un dossier temporaire et ne peut pas être le partage ; montez le partage sur un dossier prévu pour lui : /srv/NOM, /mnt/NOM, /media/NOM ou un dossier à vous à la racine (/nfs, /data).</translation>
    </message>
    <message>
        <source>nfs.mount: %1 belongs to a user (a home, or the user&apos;s removable media); mount the share on a folder made for it, such as /srv/nfs or /mnt/publik.</source>
        <translation>nfs.mount : %1 appartient à un utilisateur (un dossier personnel, ou ses supports amovibles) ; montez le partage sur un dossier prévu pour lui, comme /srv/nfs ou /mnt/publik.</translation>
    </message>
    <message>
        <source>nfs.mount: %1 is the folder of a service or of removable media (/srv/ftp, /media/cdrom, …); mount the share on a folder made for it, such as /srv/nfs or /mnt/publik.</source>
        <translation>nfs.mount : %1 est le dossier d&apos;un service ou de supports amovibles (/srv/ftp, /media/cdrom, …) ; montez le partage sur un dossier prévu pour lui, comme /srv/nfs ou /mnt/publik.</translation>
    </message>
    <message>
        <source>%1: %2 is not a plain Debian package name: 2 to 100 lower-case letters, digits, &apos;-&apos;, &apos;+&apos; and &apos;.&apos;, starting with a letter or digit and ending with one (or with &apos;+&apos;, as g++), &apos;.&apos; only between letters or digits; apt would read any other name as a command (a final &apos;-&apos; removes the package) or as a pattern.</source>
        <translation>%1 : %2 n&apos;est pas un simple nom de paquet Debian : de 2 à 100 lettres minuscules, chiffres, « - », « + » et « . », commençant et finissant par une lettre ou un chiffre (ou par « + », comme g++), « . » seulement entre lettres ou chiffres ; apt lirait tout autre nom comme une commande (un « - » final supprime le paquet) ou comme un motif.</translation>
    </message>
    <message>
        <source>%1: %2 is not named after the component %3 (exactly its name or one of its packages); a component has folders of its own.</source>
        <translation>%1 : %2 ne porte pas le nom du composant %3 (exactement son nom ou l&apos;un de ses paquets) ; un composant a ses propres dossiers.</translation>
    </message>
    <message>
        <source>%1: %2 is a package of the system or of other software; a component&apos;s packages are its own.</source>
        <translation>%1 : %2 est un paquet du système ou d&apos;un autre logiciel ; les paquets d&apos;un composant sont les siens.</translation>
    </message>
    <message>
        <source>%1: %2 is not a package of the component %3: its packages are named %3, %3-… or python3-%3….</source>
        <translation>%1 : %2 n&apos;est pas un paquet du composant %3 : ses paquets se nomment %3, %3-… ou python3-%3….</translation>
    </message>
    <message>
        <source>%1: a service name is 2 to 63 lower-case letters, digits and &apos;-&apos;, starting and ending with a letter or digit.</source>
        <translation>%1 : un nom de service fait de 2 à 63 lettres minuscules, chiffres et « - », et commence et finit par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>%1: the service %2 is not named after the component %3 (exactly its name or one of its packages).</source>
        <translation>%1 : le service %2 ne porte pas le nom du composant %3 (exactement son nom ou l&apos;un de ses paquets).</translation>
    </message>
    <message>
        <source>%1: the cron file %2 is not named after the component %3 (exactly its name, one of its packages, python-%3 or python3-%3).</source>
        <translation>%1 : le fichier cron %2 ne porte pas le nom du composant %3 (exactement son nom, l&apos;un de ses paquets, python-%3 ou python3-%3).</translation>
    </message>
    <message>
        <source>%1: %2 is a role of PostgreSQL itself; give the component a role of its own.</source>
        <translation>%1 : %2 est un rôle de PostgreSQL lui-même ; donnez au composant un rôle à lui.</translation>
    </message>
    <message>
        <source>%1: %2 is a database of PostgreSQL itself; give the component a database of its own.</source>
        <translation>%1 : %2 est une base de PostgreSQL elle-même ; donnez au composant une base à lui.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1: %2 is also the database of %3; each component needs a database of its own.</source>
        <translation>%1 : %2 est aussi la base de %3 ; chaque composant a besoin de sa propre base.</translation>
    </message>
    <message>
        <source>%1: %2 is also the role of %3; each component needs a role of its own (with its own password).</source>
        <translation>%1 : %2 est aussi le rôle de %3 ; chaque composant a besoin de son propre rôle (avec son propre mot de passe).</translation>
    </message>
</context>
<context>
    <name>phw::AccountsPage</name>
    <message>
        <source>System accounts</source>
        <translation>Comptes système</translation>
    </message>
    <message>
        <source>Every host gets the same accounts with the same UID and GID, so that the files on the share belong to the same users everywhere.</source>
        <translation>Chaque hôte reçoit les mêmes comptes avec les mêmes UID et GID, pour que les fichiers du partage appartiennent partout aux mêmes utilisateurs.</translation>
    </message>
    <message>
        <source>Note: the procedure&apos;s own example is inconsistent (it gives chrono 2109 and bijoe 2110 after a loop that ends at 2109). What is shown here is what will be created.</source>
        <translation>Remarque : l’exemple de la procédure est lui-même incohérent (il donne chrono 2109 et bijoe 2110 après une boucle qui s’arrête à 2109). Ce qui est affiché ici est ce qui sera créé.</translation>
    </message>
    <message>
        <source>&amp;First UID:</source>
        <translation>&amp;UID de départ :</translation>
    </message>
    <message>
        <source>&amp;Number the accounts</source>
        <translation>&amp;Numéroter les comptes</translation>
    </message>
    <message>
        <source>Give each account, in order, UID and GID from the first UID on (the procedure&apos;s loop); missing accounts of the components are added.</source>
        <translation>Donne à chaque compte, dans l’ordre, UID et GID à partir de l’UID de départ (la boucle de la procédure) ; les comptes manquants des composants sont ajoutés.</translation>
    </message>
    <message>
        <source>&amp;Accounts:</source>
        <translation>&amp;Comptes :</translation>
    </message>
    <message>
        <source>A&amp;dd an account</source>
        <translation>A&amp;jouter un compte</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
</context>
<context>
    <name>phw::AccountsTableModel</name>
    <message>
        <source>%1 (from its component)</source>
        <translation>%1 (celui de son composant)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>GID</source>
        <translation>GID</translation>
    </message>
    <message>
        <source>Home folder</source>
        <translation>Dossier personnel</translation>
    </message>
</context>
<context>
    <name>phw::ChecksPage</name>
    <message>
        <source>Preflight checks</source>
        <translation>Vérifications préalables</translation>
    </message>
    <message>
        <source>Every host is checked at once over SSH, as root: nothing is changed. Next is enabled when nothing blocks and the warnings are acknowledged.</source>
        <translation>Tous les hôtes sont vérifiés à la fois par SSH, en root : rien n’est modifié. « Suivant » est activé quand rien ne bloque et que les avertissements sont lus.</translation>
    </message>
    <message>
        <source>&amp;Run the checks</source>
        <translation>&amp;Lancer les vérifications</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <source>Checks running</source>
        <translation>Vérifications en cours</translation>
    </message>
    <message>
        <source>The checks have not run yet.</source>
        <translation>Les vérifications n’ont pas encore été lancées.</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>&amp;Constats :</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>The deployment changed since the checks ran: run them again.</source>
        <translation>Le déploiement a changé depuis les vérifications : relancez-les.</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <source>Connecting to every host…</source>
        <translation>Connexion à tous les hôtes…</translation>
    </message>
    <message>
        <source>Checks stopped: run them again to go on.</source>
        <translation>Vérifications arrêtées : relancez-les pour continuer.</translation>
    </message>
    <message>
        <source>blocking</source>
        <translation>bloquant</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>information</source>
        <translation>information</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>At least one finding blocks the installation: do what it says, then run the checks again.</source>
        <translation>Au moins un constat bloque l’installation : faites ce qu’il indique, puis relancez les vérifications.</translation>
    </message>
    <message>
        <source>Nothing blocks; read the warnings and acknowledge them.</source>
        <translation>Rien ne bloque ; lisez les avertissements et confirmez-les.</translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>Toutes les vérifications sont passées.</translation>
    </message>
    <message numerus="yes">
        <source>I have read the %n warning(s) and go on anyway</source>
        <translation>
            <numerusform>J’ai lu l’avertissement (%n) et je continue malgré tout</numerusform>
            <numerusform>J’ai lu les %n avertissements et je continue malgré tout</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Rien à faire.</translation>
    </message>
</context>
<context>
    <name>phw::DatabasePage</name>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>The PostgreSQL server every host connects to, and for each component its database, its role and the role&apos;s password.</source>
        <translation>Le serveur PostgreSQL auquel se connectent tous les hôtes et, pour chaque composant, sa base, son rôle et le mot de passe du rôle.</translation>
    </message>
    <message>
        <source>e.g. sql-prod</source>
        <translation>par exemple sql-prod</translation>
    </message>
    <message>
        <source>Database &amp;server:</source>
        <translation>Ser&amp;veur de base de données :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Database of %1</source>
        <translation>Base de données de %1</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rôle de %1</translation>
    </message>
    <message>
        <source>Password of %1</source>
        <translation>Mot de passe de %1</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the password of %1</source>
        <translation>Afficher le mot de passe de %1</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <source>Generate a password for %1</source>
        <translation>Générer un mot de passe pour %1</translation>
    </message>
    <message>
        <source>Every component needs a database.</source>
        <translation>Chaque composant a besoin d’une base de données.</translation>
    </message>
    <message>
        <source>Every component needs a database except %1.</source>
        <translation>Chaque composant a besoin d’une base de données, sauf %1.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>not set (else %1)</source>
        <translation>non renseigné (sinon %1)</translation>
    </message>
</context>
<context>
    <name>phw::DeploymentModel</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d’écrire %1 : %2.</translation>
    </message>
</context>
<context>
    <name>phw::ExecutionPage</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>The plan runs on the hosts over SSH, the primary first, then the secondaries in parallel. Every host journals what it does: a run can be stopped, resumed, or rolled back.</source>
        <translation>Le plan s’exécute sur les hôtes par SSH : l’hôte principal d’abord, puis les hôtes secondaires en parallèle. Chaque hôte tient le journal de ce qu’il fait : une exécution peut être arrêtée, reprise ou faire l’objet d’un retour arrière.</translation>
    </message>
    <message>
        <source>&amp;Execute</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <source>Step &amp;by step</source>
        <translation>&amp;Pas à pas</translation>
    </message>
    <message>
        <source>Asks before each step, showing its commands.</source>
        <translation>Demande avant chaque étape, en montrant ses commandes.</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Runs again: each host resumes where its journal stopped.</source>
        <translation>Exécute de nouveau : chaque hôte reprend là où son journal s’est arrêté.</translation>
    </message>
    <message>
        <source>Roll &amp;back</source>
        <translation>Retour arri&amp;ère</translation>
    </message>
    <message>
        <source>Undoes what was done, host by host, from the hosts&apos; journals.</source>
        <translation>Annule les étapes appliquées, hôte par hôte, d’après les journaux des hôtes.</translation>
    </message>
    <message>
        <source>Progress of the run</source>
        <translation>Avancement de l’exécution</translation>
    </message>
    <message>
        <source>Commands of the step</source>
        <translation>Commandes de l’étape</translation>
    </message>
    <message>
        <source>&amp;Run this step</source>
        <translation>&amp;Exécuter cette étape</translation>
    </message>
    <message>
        <source>Stop &amp;here</source>
        <translation>Arrêter &amp;ici</translation>
    </message>
    <message>
        <source>Steps by host</source>
        <translation>Étapes par hôte</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Log of every host</source>
        <translation>Journal en direct de tous les hôtes</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>Tous les hôtes</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Find in the log</source>
        <translation>Rechercher dans le journal en direct</translation>
    </message>
    <message>
        <source>text to find (Ctrl+F), Enter for the next one</source>
        <translation>texte à chercher (Ctrl+F), Entrée pour le suivant</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copies the selected lines (all the view&apos;s lines if none is selected).</source>
        <translation>Copie les lignes sélectionnées (toutes les lignes affichées si aucune ne l’est).</translation>
    </message>
    <message>
        <source>Save the &amp;log…</source>
        <translation>Enregistrer &amp;le journal…</translation>
    </message>
    <message>
        <source>%1 (primary)</source>
        <translation>%1 (principal)</translation>
    </message>
    <message>
        <source>%1 (secondary)</source>
        <translation>%1 (secondaire)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Log of %1</source>
        <translation>Journal en direct de %1</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>faite</translation>
    </message>
    <message>
        <source>already done (skipped)</source>
        <translation>déjà faite</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>%1: %2 stopped for a while</source>
        <translation>%1 : %2 arrêtés un moment</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Run the installation</source>
        <translation>Exécuter l’installation</translation>
    </message>
    <message>
        <source>Run the installation of %1 on %2?</source>
        <translation>Exécuter l’installation de %1 sur %2 ?</translation>
    </message>
    <message>
        <source>Services are interrupted during the run:
%1
The primary runs first, then the secondaries in parallel.</source>
        <translation>Des services sont interrompus pendant l’exécution :
%1
L’hôte principal passe d’abord, puis les hôtes secondaires en parallèle.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Run step by step</source>
        <translation>Exécuter pas à pas</translation>
    </message>
    <message>
        <source>Run the installation of %1 step by step?</source>
        <translation>Exécuter l’installation de %1 pas à pas ?</translation>
    </message>
    <message>
        <source>Each step is shown with its commands and runs only once you say so; the hosts run one after the other. Services are interrupted during the run:
%1</source>
        <translation>Chaque étape est montrée avec ses commandes et ne s’exécute qu’après votre accord ; les hôtes passent l’un après l’autre. Des services sont interrompus pendant l’exécution :
%1</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <source>The log cannot be written to %1: %2.</source>
        <translation>Le journal ne peut pas être écrit dans %1 : %2.</translation>
    </message>
    <message>
        <source>Complete log: %1</source>
        <translation>Journal complet : %1</translation>
    </message>
    <message>
        <source>%1 of %2, started %3 by %4</source>
        <translation>%1 de %2, commencé le %3 par %4</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Retour arrière</translation>
    </message>
    <message>
        <source>Next: step %1 of %2 on %3, %4 (%5). Run it?</source>
        <translation>Suivante : étape %1 sur %2 de %3, %4 (%5). L’exécuter ?</translation>
    </message>
    <message>
        <source>Step %1 on %2: waiting for the operator&apos;s answer.</source>
        <translation>Étape %1 sur %2 : en attente de la réponse de l’opérateur.</translation>
    </message>
    <message>
        <source>Installation running…</source>
        <translation>Installation en cours…</translation>
    </message>
    <message>
        <source>Rollback running…</source>
        <translation>Retour arrière en cours…</translation>
    </message>
    <message>
        <source>Note: useradd and groupadd warn that the accounts&apos; UIDs and GIDs are outside the system range (above 999). That is intended: the procedure gives every host the same fixed UIDs and GIDs.</source>
        <translation>Remarque : useradd et groupadd avertissent que les UID et GID des comptes sont hors de la plage système (au-dessus de 999). C’est voulu : la procédure donne à chaque hôte les mêmes UID et GID fixes.</translation>
    </message>
    <message>
        <source>%1 of %2 steps undone or never applied · %3 elapsed</source>
        <translation>%1 étapes sur %2 annulées ou jamais appliquées · %3 écoulées</translation>
    </message>
    <message>
        <source>%1 of %2 steps done · %3 elapsed</source>
        <translation>%1 étapes faites sur %2 · %3 écoulées</translation>
    </message>
    <message>
        <source>rollback running</source>
        <translation>retour arrière en cours</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>retour arrière fait</translation>
    </message>
    <message>
        <source>rollback failed</source>
        <translation>retour arrière en échec</translation>
    </message>
    <message>
        <source>Ended %1: %2</source>
        <translation>Terminé le %1 : %2</translation>
    </message>
    <message>
        <source>success</source>
        <translation>succès</translation>
    </message>
    <message>
        <source>not complete</source>
        <translation>inachevé</translation>
    </message>
    <message>
        <source>Installation complete on every host.</source>
        <translation>Installation terminée sur tous les hôtes.</translation>
    </message>
    <message>
        <source>Rollback complete: the hosts are as they were before.</source>
        <translation>Retour arrière terminé : les hôtes sont revenus à leur état d’avant.</translation>
    </message>
    <message>
        <source>Stopped. %1
Resume goes on where the journals stopped; Roll back undoes what was done.</source>
        <translation>Arrêté. %1
« Reprendre » continue là où les journaux se sont arrêtés ; « Retour arrière » annule les étapes appliquées.</translation>
    </message>
    <message>
        <source>Stopped before the step, as asked: nothing of it was done. %1</source>
        <translation>Arrêté avant l’étape, comme demandé : rien n’en a été fait. %1</translation>
    </message>
    <message>
        <source>Failure on %1, step %2 (%3).</source>
        <translation>Échec sur %1, étape %2 (%3).</translation>
    </message>
    <message>
        <source>Failure on %1.</source>
        <translation>Échec sur %1.</translation>
    </message>
    <message>
        <source>The run did not complete.</source>
        <translation>L’exécution ne s’est pas terminée.</translation>
    </message>
    <message>
        <source>Last lines of %1:</source>
        <translation>Dernières lignes de %1 :</translation>
    </message>
    <message>
        <source>Fix the cause, then Resume; or Roll back to undo what was done.</source>
        <translation>Corrigez la cause, puis « Reprendre » ; ou « Retour arrière » pour annuler les étapes appliquées.</translation>
    </message>
    <message>
        <source>Stop at &amp;once</source>
        <translation>&amp;Arrêter tout de suite</translation>
    </message>
    <message>
        <source>Stop asked: the running steps end on the hosts (their journals record them), no other starts. Stop again to stop at once.</source>
        <translation>Arrêt demandé : les étapes en cours se terminent sur les hôtes (leurs journaux les enregistrent), aucune autre ne commence. « Arrêter » de nouveau pour arrêter tout de suite.</translation>
    </message>
    <message>
        <source>Stopping at once: the running steps go on to their end on the hosts, whose journals record them.</source>
        <translation>Arrêt immédiat : les étapes en cours vont jusqu’à leur terme sur les hôtes, dont les journaux les enregistrent.</translation>
    </message>
    <message>
        <source>The operator stopped the run before this step.</source>
        <translation>L’opérateur a arrêté l’exécution avant cette étape.</translation>
    </message>
    <message>
        <source>The local journal cannot be read: %1</source>
        <translation>Le journal de cette machine est illisible : %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 steps done according to this machine&apos;s journal.</source>
        <translation>%1 : %2 étapes faites sur %3 d’après le journal de cette machine.</translation>
    </message>
    <message>
        <source>Last run: %1, %2 (%3).</source>
        <translation>Dernière exécution : %1, %2 (%3).</translation>
    </message>
    <message>
        <source>installation</source>
        <translation>installation</translation>
    </message>
    <message>
        <source>rollback</source>
        <translation>retour arrière</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>did not end</source>
        <translation>non terminée</translation>
    </message>
    <message>
        <source>Reading each host&apos;s journal…</source>
        <translation>Lecture du journal de chaque hôte…</translation>
    </message>
    <message>
        <source>%1: its journal could not be read: %2</source>
        <translation>%1 : son journal n’a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>%1: its journal agrees with this machine&apos;s.</source>
        <translation>%1 : son journal concorde avec celui de cette machine.</translation>
    </message>
    <message>
        <source>%1: its journal differs from this machine&apos;s (the host&apos;s is right): %2</source>
        <translation>%1 : son journal diffère de celui de cette machine (celui de l’hôte fait foi) : %2</translation>
    </message>
    <message>
        <source>%1: its journal cannot be read now (%2); the rollback reads it again.</source>
        <translation>%1 : son journal ne peut pas être lu maintenant (%2) ; le retour arrière le relira.</translation>
    </message>
    <message>
        <source>%1: nothing to undo.</source>
        <translation>%1 : rien à annuler.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n step(s) to undo: %2</source>
        <translation>
            <numerusform>%1 : %n étape à défaire : %2</numerusform>
            <numerusform>%1 : %n étapes à défaire : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Retour arrière</translation>
    </message>
    <message>
        <source>Undo what was done on %1, in this order (secondaries first)?</source>
        <translation>Annuler les étapes appliquées sur %1, dans cet ordre (secondaires d’abord) ?</translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation>&amp;Retour arrière</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>No run has written a log yet.</source>
        <translation>Aucune exécution n’a encore écrit de journal.</translation>
    </message>
    <message>
        <source>Save the log</source>
        <translation>Enregistrer le journal</translation>
    </message>
    <message>
        <source>Logs (*.log *.txt);;All files (*)</source>
        <translation>Journaux (*.log *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot save the log</source>
        <translation>Impossible d’enregistrer le journal</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>The link was lost during the step: the host&apos;s journal says how it ended; Resume reads it.</source>
        <translation>La liaison a été perdue pendant l’étape : le journal de l’hôte dit comment elle s’est terminée ; « Reprendre » le lit.</translation>
    </message>
    <message>
        <source>running, %1/%2 done</source>
        <translation>en cours, %1/%2 faites</translation>
    </message>
    <message>
        <source>%1/%2 done</source>
        <translation>%1/%2 faites</translation>
    </message>
    <message>
        <source>%1 of %2 steps undone or never applied, %3 left in place (done before the installation) · %4 elapsed</source>
        <translation>%1 étapes sur %2 annulées ou jamais appliquées, %3 laissées en place (faites avant l’installation) · %4 écoulées</translation>
    </message>
</context>
<context>
    <name>phw::HostsPage</name>
    <message>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message>
        <source>The primary host (the procedure&apos;s web1) and the secondary hosts. Exactly one host is primary; scripts run on it first.</source>
        <translation>L’hôte principal (le web1 de la procédure) et les hôtes secondaires. Un seul hôte est principal ; les scripts s’exécutent d’abord sur lui.</translation>
    </message>
    <message>
        <source>&amp;Hosts:</source>
        <translation>&amp;Hôtes :</translation>
    </message>
    <message>
        <source>&amp;Add a host</source>
        <translation>&amp;Ajouter un hôte</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Descen&amp;dre</translation>
    </message>
    <message>
        <source>Choose the &amp;key file…</source>
        <translation>Choisir la &amp;clé privée…</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Fichier de clé privée</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Connect to the selected host as the installation will (SSH configuration, known_hosts, authentication, root or sudo).</source>
        <translation>Se connecte à l’hôte sélectionné comme le fera l’installation (configuration SSH, known_hosts, authentification, root ou sudo).</translation>
    </message>
    <message>
        <source>testing…</source>
        <translation>test en cours…</translation>
    </message>
    <message>
        <source>connected, root works</source>
        <translation>connecté, root fonctionne</translation>
    </message>
    <message>
        <source>resolving…</source>
        <translation>résolution…</translation>
    </message>
    <message>
        <source>%1 does not resolve: %2</source>
        <translation>%1 ne se résout pas : %2</translation>
    </message>
    <message>
        <source>%1, port %2 open</source>
        <translation>%1, port %2 ouvert</translation>
    </message>
    <message>
        <source>%1, port %2: %3</source>
        <translation>%1, port %2 : %3</translation>
    </message>
    <message>
        <source>%1, port %2: no answer within 5 seconds</source>
        <translation>%1, port %2 : aucune réponse en 5 secondes</translation>
    </message>
    <message>
        <source>unknown name</source>
        <translation>nom inconnu</translation>
    </message>
    <message>
        <source>port %1 open</source>
        <translation>port %1 ouvert</translation>
    </message>
    <message>
        <source>port %1 closed</source>
        <translation>port %1 fermé</translation>
    </message>
    <message>
        <source>%1: state and SSH secrets</source>
        <translation>%1 : état et secrets SSH</translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation>Réseau : %1</translation>
    </message>
    <message>
        <source>%1, port %2 not probed yet</source>
        <translation>%1, port %2 pas encore sondé</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Connexion : %1</translation>
    </message>
    <message>
        <source>not tested yet (Test the connection tries it as the installation will)</source>
        <translation>pas encore testée (« Tester la connexion » l’essaie comme le fera l’installation)</translation>
    </message>
    <message>
        <source>SSH password of %1</source>
        <translation>Mot de passe SSH de %1</translation>
    </message>
    <message>
        <source>not set (else %1)</source>
        <translation>non renseigné (sinon %1)</translation>
    </message>
    <message>
        <source>Sudo password of %1</source>
        <translation>Mot de passe sudo de %1</translation>
    </message>
    <message>
        <source>not set (else %1, else the SSH password)</source>
        <translation>non renseigné (sinon %1, sinon le mot de passe SSH)</translation>
    </message>
    <message>
        <source>Passphrase of the key of %1</source>
        <translation>Phrase de passe de la clé de %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire : %1</translation>
    </message>
    <message>
        <source>SSH passw&amp;ord:</source>
        <translation>M&amp;ot de passe SSH :</translation>
    </message>
    <message>
        <source>Sudo passwor&amp;d:</source>
        <translation>Mot de passe s&amp;udo :</translation>
    </message>
    <message>
        <source>Key pass&amp;phrase:</source>
        <translation>Phrase de passe de la c&amp;lé :</translation>
    </message>
    <message>
        <source>Only what the connection needs (nothing with the SSH agent), kept in the system keychain under the deployment&apos;s name, never in its file.</source>
        <translation>Seulement ce dont la connexion a besoin (rien avec l’agent SSH), gardé dans le trousseau du système sous le nom du déploiement, jamais dans son fichier.</translation>
    </message>
    <message>
        <source>Only what the connection needs (nothing with the SSH agent). No system keychain is reachable: kept in memory for this session only, never on disk.</source>
        <translation>Seulement ce dont la connexion a besoin (rien avec l’agent SSH). Aucun trousseau du système n’est joignable : gardé en mémoire pour cette session seulement, jamais sur le disque.</translation>
    </message>
</context>
<context>
    <name>phw::HostsTableModel</name>
    <message>
        <source>SSH agent</source>
        <translation>Agent SSH</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Fichier de clé</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>SSH user</source>
        <translation>Utilisateur SSH</translation>
    </message>
    <message>
        <source>sudo</source>
        <translation>sudo</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>non testée</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
</context>
<context>
    <name>phw::PageBase</name>
    <message numerus="yes">
        <source>Next is disabled: %n problem(s) to correct on this page, shown in red.</source>
        <translation>
            <numerusform>« Suivant » est désactivé : %n problème à corriger sur cette page, indiqué en rouge.</numerusform>
            <numerusform>« Suivant » est désactivé : %n problèmes à corriger sur cette page, indiqués en rouge.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>phw::PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>The installation plan, host by host and step by step: what will run, what it checks first, and the files it writes. Passwords are shown as «VARIABLE».</source>
        <translation>Le plan d’installation, hôte par hôte et étape par étape : ce qui sera exécuté, ce qui est vérifié d’abord et les fichiers écrits. Les mots de passe sont affichés sous la forme «VARIABLE».</translation>
    </message>
    <message>
        <source>&amp;Export the script…</source>
        <translation>E&amp;xporter le script…</translation>
    </message>
    <message>
        <source>Write one sh script per host, the same files as publik-ha-wizard export --script.</source>
        <translation>Écrit un script sh par hôte : les mêmes fichiers que publik-ha-wizard export --script.</translation>
    </message>
    <message>
        <source>Installation plan</source>
        <translation>Plan d’installation</translation>
    </message>
    <message>
        <source>Selected step</source>
        <translation>Étape sélectionnée</translation>
    </message>
    <message>
        <source>The deployment still has problems: go back to the pages that show them in red.</source>
        <translation>Le déploiement comporte encore des problèmes : revenez aux pages qui les indiquent en rouge.</translation>
    </message>
    <message numerus="yes">
        <source>Deployment %1: %n host(s), </source>
        <translation>
            <numerusform>Déploiement %1 : %n hôte, </numerusform>
            <numerusform>Déploiement %1 : %n hôtes, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s).</source>
        <translation>
            <numerusform>%n étape.</numerusform>
            <numerusform>%n étapes.</numerusform>
        </translation>
    </message>
    <message>
        <source>primary host</source>
        <translation>hôte principal</translation>
    </message>
    <message>
        <source>secondary host</source>
        <translation>hôte secondaire</translation>
    </message>
    <message>
        <source>%1 (%2), script %3</source>
        <translation>%1 (%2), script %3</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Folder for the scripts</source>
        <translation>Dossier des scripts</translation>
    </message>
    <message>
        <source>Scripts exported</source>
        <translation>Scripts exportés</translation>
    </message>
    <message>
        <source>One script per host was written in %1. Run them in their order, each to its end, as root.</source>
        <translation>Un script par hôte a été écrit dans %1. Exécutez-les dans leur ordre, chacun jusqu’au bout, en tant que root.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>Changes to the host&apos;s files</source>
        <translation>Modifications des fichiers de l’hôte</translation>
    </message>
    <message>
        <source>Service interruptions</source>
        <translation>Interruptions de service</translation>
    </message>
    <message>
        <source>%1 (step %2)</source>
        <translation>%1 (étape %2)</translation>
    </message>
    <message>
        <source>stopped while their files move: %1</source>
        <translation>arrêtés pendant le déplacement de leurs fichiers : %1</translation>
    </message>
    <message>
        <source>restarted if their settings change: %1</source>
        <translation>redémarrés si leurs réglages changent : %1</translation>
    </message>
    <message>
        <source>no service is stopped</source>
        <translation>aucun service n’est arrêté</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1 : %2.</translation>
    </message>
    <message>
        <source>%1 (%2:%3, %4) on %5</source>
        <translation>%1 (%2:%3, %4) sur %5</translation>
    </message>
    <message>
        <source>  not read by the checks.</source>
        <translation>  non lu par les vérifications.</translation>
    </message>
    <message>
        <source>  absent from the host today: the step creates it.</source>
        <translation>  absent de l’hôte aujourd’hui : l’étape le crée.</translation>
    </message>
    <message>
        <source>  the same as on the host: the step leaves it as it is.</source>
        <translation>  identique à celui de l’hôte : l’étape le laisse tel quel.</translation>
    </message>
    <message>
        <source>- the host&apos;s file today (a password line shows its key only)</source>
        <translation>- le fichier de l’hôte aujourd’hui (une ligne de mot de passe ne montre que sa clé)</translation>
    </message>
    <message>
        <source>+ what the step writes</source>
        <translation>+ ce que l’étape écrit</translation>
    </message>
    <message>
        <source>  too large to compare here.</source>
        <translation>  trop grand pour être comparé ici.</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between two lists</comment>
        <translation> ; </translation>
    </message>
</context>
<context>
    <name>phw::ProblemLabel</name>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
</context>
<context>
    <name>phw::ReportPage</name>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>The checklist to print, tick and sign: the deployment, the checks, every step with its outcome when it ran, the tasks left to the client&apos;s teams. No password is in it.</source>
        <translation>La liste de contrôle à imprimer, cocher et signer : le déploiement, les vérifications, chaque étape avec son résultat quand elle a été exécutée, les tâches laissées aux équipes du client. Aucun mot de passe n’y figure.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the checklist on a printer of this machine.</source>
        <translation>Imprimer la liste de contrôle sur une imprimante de ce poste.</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Write the checklist as a PDF file (A4), the same file as publik-ha-wizard export --report.</source>
        <translation>Écrire la liste de contrôle dans un fichier PDF (A4), le même que publik-ha-wizard export --report.</translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <source>The deployment still has problems: go back to the pages that show them in red.</source>
        <translation>Le déploiement comporte encore des problèmes : revenez aux pages qui les indiquent en rouge.</translation>
    </message>
    <message numerus="yes">
        <source>Deployment %1: %n step(s) to tick, </source>
        <translation>
            <numerusform>Déploiement %1 : %n étape à cocher, </numerusform>
            <numerusform>Déploiement %1 : %n étapes à cocher, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) left to people.</source>
        <translation>
            <numerusform>%n tâche laissée aux équipes.</numerusform>
            <numerusform>%n tâches laissées aux équipes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The deployment still has problems.</source>
        <translation>Le déploiement comporte encore des problèmes.</translation>
    </message>
    <message>
        <source>Print the checklist</source>
        <translation>Imprimer la liste de contrôle</translation>
    </message>
    <message>
        <source>checklist-%1.pdf</source>
        <translation>liste-de-controle-%1.pdf</translation>
    </message>
    <message>
        <source>Save the checklist as PDF</source>
        <translation>Enregistrer la liste de contrôle en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>Le rapport n’a pas été enregistré</translation>
    </message>
</context>
<context>
    <name>phw::SecretStore</name>
    <message>
        <source>Looking for the system keychain…</source>
        <translation>Recherche du trousseau du système…</translation>
    </message>
    <message>
        <source>Passwords are saved in the system keychain, never in the deployment file.</source>
        <translation>Les mots de passe sont enregistrés dans le trousseau du système, jamais dans le fichier de déploiement.</translation>
    </message>
    <message>
        <source>No system keychain is reachable: the passwords are kept in memory for this session only, never on disk. Type them again next time, or set the PUBLIK_DB_PASSWORD_&lt;COMPONENT&gt; variables.</source>
        <translation>Aucun trousseau du système n’est joignable : les mots de passe sont gardés en mémoire pour cette session seulement, jamais sur le disque. Saisissez-les de nouveau la prochaine fois, ou définissez les variables PUBLIK_DB_PASSWORD_&lt;COMPOSANT&gt;.</translation>
    </message>
</context>
<context>
    <name>phw::SharePage</name>
    <message>
        <source>NFS share</source>
        <translation>Partage NFS</translation>
    </message>
    <message>
        <source>The NFS share, mounted at the same place on every host, and the Publik folder inside it where the configuration and data are moved.</source>
        <translation>Le partage NFS, monté au même endroit sur chaque hôte, et le dossier Publik qu’il contient, où la configuration et les données sont déplacées.</translation>
    </message>
    <message>
        <source>e.g. /srv/nfs</source>
        <translation>par exemple /srv/nfs</translation>
    </message>
    <message>
        <source>&amp;Mount point:</source>
        <translation>Point de &amp;montage :</translation>
    </message>
    <message>
        <source>e.g. /srv/nfs/publik</source>
        <translation>par exemple /srv/nfs/publik</translation>
    </message>
    <message>
        <source>Publik &amp;folder:</source>
        <translation>&amp;Dossier Publik :</translation>
    </message>
    <message>
        <source>&amp;What the primary host moves into the Publik folder, and every host links back:</source>
        <translation>&amp;Ce que l’hôte principal déplace dans le dossier Publik, et que chaque hôte remplace par un lien :</translation>
    </message>
    <message>
        <source>Folders moved to the share</source>
        <translation>Dossiers déplacés sur le partage</translation>
    </message>
</context>
<context>
    <name>phw::WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Start a new deployment with the procedure&apos;s values, or open a deployment file. Nothing is changed on the hosts before the last page.</source>
        <translation>Commencez un nouveau déploiement avec les valeurs de la procédure, ou ouvrez un fichier de déploiement. Rien n’est modifié sur les hôtes avant la dernière page.</translation>
    </message>
    <message>
        <source>&amp;New deployment</source>
        <translation>&amp;Nouveau déploiement</translation>
    </message>
    <message>
        <source>Fill every page with the procedure&apos;s values: web1 and web2, the eight accounts from UID 2102, sql-prod:5432, /srv/nfs.</source>
        <translation>Remplit chaque page avec les valeurs de la procédure : web1 et web2, les huit comptes à partir de l’UID 2102, sql-prod:5432, /srv/nfs.</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a deployment file (JSON).</source>
        <translation>Ouvre un fichier de déploiement (JSON).</translation>
    </message>
    <message>
        <source>e.g. macollectivite</source>
        <translation>par exemple macollectivite</translation>
    </message>
    <message>
        <source>Components:</source>
        <translation>Composants :</translation>
    </message>
    <message>
        <source>&amp;Recent deployments:</source>
        <translation>Déploiements &amp;récents :</translation>
    </message>
    <message>
        <source>Recent deployments</source>
        <translation>Déploiements récents</translation>
    </message>
    <message>
        <source>No recent deployment.</source>
        <translation>Aucun déploiement récent.</translation>
    </message>
    <message>
        <source>The pages that follow: Hosts, System accounts, Database, NFS share, Preflight checks, then the Preview of the installation plan, which can be exported as one script per host. Every field is checked as you type; Next stays disabled while a page has a problem, shown in red beside the field. The deployment file never holds a password.</source>
        <translation>Les pages suivantes : Hôtes, Comptes système, Base de données, Partage NFS, Vérifications préalables, puis l’Aperçu du plan d’installation, qui peut être exporté en un script par hôte. Chaque champ est vérifié pendant la saisie ; « Suivant » reste désactivé tant qu’une page a un problème, indiqué en rouge à côté du champ. Le fichier de déploiement ne contient jamais de mot de passe.</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>never run</source>
        <translation>jamais exécuté</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>retour arrière fait</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>installé</translation>
    </message>
    <message>
        <source>partly applied</source>
        <translation>partiellement appliqué</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>English</source>
        <comment>the language this text is in</comment>
        <translation>Français</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Deployment na&amp;me:</source>
        <translation>Nom du &amp;déploiement :</translation>
    </message>
</context>
<context>
    <name>phw::WizardWindow</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Enre&amp;gistrer sous…</translation>
    </message>
    <message>
        <source>%1[*] — Publik high availability</source>
        <translation>%1[*] — Haute disponibilité Publik</translation>
    </message>
    <message>
        <source>new deployment</source>
        <translation>nouveau déploiement</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The deployment %1 has changes that are not saved.</source>
        <translation>Le déploiement %1 comporte des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>Les enregistrer avant de fermer ?</translation>
    </message>
    <message>
        <source>Open a deployment</source>
        <translation>Ouvrir un déploiement</translation>
    </message>
    <message>
        <source>Deployment files (*.json);;All files (*)</source>
        <translation>Fichiers de déploiement (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot open the deployment</source>
        <translation>Impossible d’ouvrir le déploiement</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>%1 ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>deployment</source>
        <translation>déploiement</translation>
    </message>
    <message>
        <source>Save the deployment</source>
        <translation>Enregistrer le déploiement</translation>
    </message>
    <message>
        <source>Cannot save the deployment</source>
        <translation>Impossible d’enregistrer le déploiement</translation>
    </message>
    <message>
        <source>Unsaved draft</source>
        <translation>Brouillon non enregistré</translation>
    </message>
    <message>
        <source>The last session ended before the deployment %1 was saved. Its changes were kept in a draft.</source>
        <translation>La dernière session s’est terminée avant l’enregistrement du déploiement %1. Ses modifications ont été gardées dans un brouillon.</translation>
    </message>
    <message>
        <source>Restore the draft? Otherwise it is deleted.</source>
        <translation>Reprendre le brouillon ? Sinon, il est supprimé.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Delete the draft</source>
        <translation>&amp;Supprimer le brouillon</translation>
    </message>
    <message>
        <source>A run is going on</source>
        <translation>Une exécution est en cours</translation>
    </message>
    <message>
        <source>The deployment %1 is being run on its hosts.</source>
        <translation>Le déploiement %1 est en cours d’exécution sur ses hôtes.</translation>
    </message>
    <message>
        <source>Stop it and close? The running steps end on the hosts, whose journals record them; reopening the deployment shows where it stopped, to resume or roll back.</source>
        <translation>L’arrêter et fermer ? Les étapes en cours se terminent sur les hôtes, dont les journaux les enregistrent ; en rouvrant le déploiement, vous verrez où il s’est arrêté, pour reprendre ou faire un retour arrière.</translation>
    </message>
    <message>
        <source>&amp;Stop and close</source>
        <translation>&amp;Arrêter et fermer</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Continuer l’exécution</translation>
    </message>
</context>
</TS>
