<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <source>Usage: publik-ha-wizard [--lang fr|en]                 open the wizard
       publik-ha-wizard validate FILE [--lang fr|en]   check a deployment file
       publik-ha-wizard plan FILE [--json]             print the installation plan
       publik-ha-wizard export FILE --script DIR       write one sh script per host
       publik-ha-wizard check FILE [SSH]               preflight: every problem on every host
       publik-ha-wizard apply FILE [--step [--yes]] [SSH] [--take-over-lock] [--step-timeout MIN]
                                                      run the plan on the hosts (resumes)
       publik-ha-wizard status FILE [--local] [SSH]    this machine&apos;s journal, compared with the hosts&apos;
       publik-ha-wizard rollback FILE [--yes] [SSH] [--take-over-lock] [--step-timeout MIN]
                                                      undo the applied steps, secondaries first

SSH options: --ssh-config FILE (default ~/.ssh/config), --known-hosts FILE (default: the
  configuration&apos;s UserKnownHostsFile, else ~/.ssh/known_hosts), --accept-new-host-keys
  (record unknown host keys; a changed key is always refused).
--step asks before each step; --yes answers yes. rollback asks first on a terminal; --yes
  confirms (needed without a terminal). --take-over-lock takes a lock over (one left by a
  dead process of this machine is taken over without it). status --local: no connection.
--step-timeout MIN: after MIN minutes (default 60), stop waiting for a step (or a host&apos;s rollback) and report it.
SSH secrets: PUBLIK_SSH_PASSWORD[_&lt;HOST&gt;], PUBLIK_SUDO_PASSWORD[_&lt;HOST&gt;], PUBLIK_KEY_PASSPHRASE.

Exit status: 0 success, 1 failure, 2 bad input (invalid deployment or usage), 130
  apply or rollback interrupted (Ctrl-C, SIGTERM): it says where it stopped.
Passwords: PUBLIK_DB_PASSWORD_&lt;COMPONENT&gt; (upper case, &apos;-&apos; as &apos;_&apos;); never in the file.
Language: French by default; --lang en or PUBLIK_HA_LANG=en for English.
</source>
        <translation>Usage : publik-ha-wizard [--lang fr|en]                    ouvre l&apos;assistant
        publik-ha-wizard validate FICHIER [--lang fr|en]   vérifie un fichier de déploiement
        publik-ha-wizard plan FICHIER [--json]             affiche le plan d&apos;installation
        publik-ha-wizard export FICHIER --script DOSSIER   écrit un script sh par hôte
        publik-ha-wizard check FICHIER [SSH]               vérifications préalables sur tous les hôtes
        publik-ha-wizard apply FICHIER [--step [--yes]] [SSH] [--take-over-lock] [--step-timeout MIN]
                                                           exécute le plan sur les hôtes (ou le reprend)
        publik-ha-wizard status FICHIER [--local] [SSH]    le journal de cette machine, comparé à ceux des hôtes
        publik-ha-wizard rollback FICHIER [--yes] [SSH] [--take-over-lock] [--step-timeout MIN]
                                                           annule les étapes appliquées, secondaires d&apos;abord

Options SSH : --ssh-config FICHIER (par défaut ~/.ssh/config), --known-hosts FICHIER (par défaut
  le UserKnownHostsFile de la configuration, sinon ~/.ssh/known_hosts), --accept-new-host-keys
  (enregistre les clés d&apos;hôte inconnues ; une clé d&apos;hôte modifiée est toujours refusée).
--step : pas à pas, demande confirmation avant chaque étape ; --yes répond oui. rollback demande
  d&apos;abord confirmation sur un terminal ; --yes confirme (obligatoire sans terminal).
--take-over-lock : reprend un verrou (celui d&apos;un processus mort de cette machine est repris sans).
status --local : sans connexion aux hôtes.
--step-timeout MIN : après MIN minutes (60 par défaut), cesse d&apos;attendre une étape (ou le retour arrière d&apos;un hôte) et le signale.
Secrets SSH : PUBLIK_SSH_PASSWORD[_&lt;HÔTE&gt;], PUBLIK_SUDO_PASSWORD[_&lt;HÔTE&gt;], PUBLIK_KEY_PASSPHRASE.

Code de sortie : 0 succès, 1 échec, 2 entrée incorrecte (déploiement invalide ou mauvais usage),
  130 apply ou rollback interrompu (Ctrl-C, SIGTERM) : il dit où il s&apos;est arrêté.
Mots de passe : PUBLIK_DB_PASSWORD_&lt;COMPOSANT&gt; (en majuscules, « - » devient « _ ») ; jamais dans le fichier.
Langue : français par défaut ; --lang en ou PUBLIK_HA_LANG=en pour l&apos;anglais.
</translation>
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
        <source>%1: %2 GB of memory, the prerequisites ask for 32 GB.</source>
        <translation>%1 : %2 Go de mémoire, les prérequis demandent 32 Go.</translation>
    </message>
    <message>
        <source>Give the host more memory before production.</source>
        <translation>Donnez plus de mémoire à l&apos;hôte avant la mise en production.</translation>
    </message>
    <message>
        <source>%1: %2 GB free on /, the prerequisites ask for 100 GB.</source>
        <translation>%1 : %2 Go libres sur /, les prérequis demandent 100 Go.</translation>
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
        <source>%1: share %2 writable, %3 GB free.</source>
        <translation>%1 : partage %2 accessible en écriture, %3 Go libres.</translation>
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
        <source>%1: the folders to move to the share need %2 KiB, %3 has %4 KiB free.</source>
        <translation>%1 : les dossiers à déplacer vers le partage demandent %2 Kio, %3 n&apos;a que %4 Kio libres.</translation>
    </message>
    <message>
        <source>Enlarge the share or free space on it before apply.</source>
        <translation>Agrandissez le partage ou libérez-y de la place avant de lancer apply.</translation>
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
        <source>not enough space to copy %s (%s KiB) into %s (%s KiB free): nothing was moved; free some space on the share.</source>
        <translation>pas assez de place pour copier %s (%s Kio) dans %s (%s Kio libres) : rien n&apos;a été déplacé ; libérez de la place sur le partage.</translation>
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
        <source>step %s: moving %s needs %s KiB, and %s has %s KiB free. Nothing was moved and no service was stopped: free some space on the share, then run again.</source>
        <translation>étape %s : déplacer %s demande %s Kio, et %s n&apos;a que %s Kio libres. Rien n&apos;a été déplacé ni aucun service arrêté : libérez de la place sur le partage, puis relancez.</translation>
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
        <source>%1: cannot connect to %2 port %3: %4. Check the address, the port and that sshd runs.</source>
        <translation>%1 : impossible de se connecter à %2 port %3 : %4. Vérifiez l&apos;adresse, le port et que sshd est lancé.</translation>
    </message>
    <message>
        <source>%1: the server did not show its host key.</source>
        <translation>%1 : le serveur n&apos;a pas présenté sa clé d&apos;hôte.</translation>
    </message>
    <message>
        <source>%1: cannot record the host key in %2: %3.</source>
        <translation>%1 : impossible d&apos;enregistrer la clé d&apos;hôte dans %2 : %3.</translation>
    </message>
    <message>
        <source>%1: the host key of %2 is unknown (%3 in %4). Check this fingerprint with the host&apos;s administrator, then accept it (--accept-new-host-keys headless).</source>
        <translation>%1 : la clé d&apos;hôte de %2 est inconnue (empreinte %3, absente de %4). Vérifiez cette empreinte auprès de l&apos;administrateur de l&apos;hôte, puis acceptez-la (--accept-new-host-keys sans interface).</translation>
    </message>
    <message>
        <source>%1: cannot read the known hosts file %2: %3.</source>
        <translation>%1 : impossible de lire le fichier des hôtes connus %2 : %3.</translation>
    </message>
    <message>
        <source>%1: the host key of %2 has CHANGED%3: the server now shows %4, %5 records %6. Nothing was sent. If the host was reinstalled, check the new fingerprint with its administrator and remove the old line (ssh-keygen -R %2 -f %5).</source>
        <translation>%1 : clé d&apos;hôte MODIFIÉE pour %2%3 : le serveur présente maintenant %4, %5 enregistre %6. Rien n&apos;a été envoyé. Si l&apos;hôte a été réinstallé, vérifiez la nouvelle empreinte auprès de son administrateur et supprimez l&apos;ancienne ligne (ssh-keygen -R %2 -f %5).</translation>
    </message>
    <message>
        <source> (a key of another type)</source>
        <translation> (une clé d&apos;un autre type)</translation>
    </message>
    <message>
        <source>%1: authentication of %2 failed (%3). Load the key in ssh-agent, set key_file, or give the password.</source>
        <translation>%1 : l&apos;authentification de %2 a échoué (%3). Chargez la clé dans ssh-agent, renseignez key_file ou indiquez le mot de passe.</translation>
    </message>
    <message>
        <source>%1: %2 is not root and sudo is off for this host: turn sudo on or connect as root.</source>
        <translation>%1 : %2 n&apos;est pas root et sudo est désactivé pour cet hôte : activez sudo ou connectez-vous en tant que root.</translation>
    </message>
    <message>
        <source>%1: cannot become root (%2)%3. Check the sudo rights of %4 and its password.</source>
        <translation>%1 : impossible de devenir root (%2)%3. Vérifiez les droits sudo de %4 et son mot de passe.</translation>
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
        <source>not set</source>
        <translation>non renseigné</translation>
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
</context>
<context>
    <name>phw::ProblemLabel</name>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
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
