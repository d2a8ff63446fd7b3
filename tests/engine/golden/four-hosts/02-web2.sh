#!/bin/sh
# publik-ha-wizard 0.1.0 : haute disponibilité Publik, déploiement quatrehotes, hôte web2 (hôte secondaire).
# Script 2 sur 4 : exécutez les scripts dans l'ordre, chacun jusqu'au bout, en tant que root.
# Ordre : 01-web1.sh, 02-web2.sh, 03-web3.sh, 04-web4.sh.
# Usage : sh 02-web2.sh [--dry-run | --rollback | --help] [--host-is=web2]
# Les mots de passe viennent des variables PUBLIK_DB_PASSWORD_<COMPOSANT> ou sont saisis au terminal ; ce fichier n'en contient aucun.
# Fichier généré : modifiez le déploiement et exportez de nouveau plutôt que de le modifier.

PHW_DEPLOYMENT=quatrehotes
PHW_HOST=web2
PHW_HOST_ADDRESS=10.0.0.12
PHW_NFS_MOUNT=/srv/nfs
PHW_STATE_ROOT=/var/lib/publik-ha-wizard
PHW_SHARED_LINKS='/etc/hobo /var/lib/hobo /etc/hobo-agent /etc/authentic2-multitenant /var/lib/authentic2-multitenant /etc/wcs /var/lib/wcs /etc/passerelle /var/lib/passerelle /etc/combo /var/lib/combo /etc/fargo /var/lib/fargo /etc/chrono /var/lib/chrono /etc/bijoe /var/lib/bijoe /etc/nginx/conf.d /etc/nginx/includes /etc/nginx/sites-available /etc/nginx/sites-enabled /var/www/html /etc/apt/sources.list.d /etc/apt/preferences.d'
PHW_T_ERROR='ERREUR :'
PHW_T_SIZE_UNITS='ko Mo Go To'
PHW_T_DECIMAL_POINT=,
PHW_T_WOULD='exécuterait :'
PHW_T_JOURNAL_WRITE='impossible d'\''écrire le journal %s.'
PHW_T_GROUP_OTHER_ID='le groupe %s existe déjà avec le GID %s au lieu de %s : rien n'\''a été modifié ; donnez-lui le GID prévu à la main ou modifiez le déploiement.'
PHW_T_GID_TAKEN='le GID %s est déjà pris par le groupe %s (prévu pour %s) : choisissez un autre GID dans le déploiement.'
PHW_T_USER_OTHER_ID='le compte %s existe déjà avec UID:GID %s au lieu de %s : rien n'\''a été modifié ; corrigez-le à la main ou modifiez le déploiement.'
PHW_T_UID_TAKEN='l'\''UID %s est déjà pris par le compte %s (prévu pour %s) : choisissez un autre UID dans le déploiement.'
PHW_T_NOT_A_DIR='%s existe mais n'\''est pas un dossier.'
PHW_T_MISSING_DIR='le dossier %s est absent : vérifiez que le partage est monté.'
PHW_T_CONTENT_UNCHECKED='%s existe ; son contenu n'\''est pas comparé car %s n'\''est pas défini.'
PHW_T_WRITE_FILE='écrire le fichier %s'
PHW_T_RESTORE_BLOCKED='impossible de restaurer %s : un dossier occupe la place.'
PHW_T_SET_ASIDE='mettre %s de côté dans les sauvegardes'
PHW_T_COPYING='copie de %s vers %s (%s)…'
PHW_T_NO_SPACE='pas assez de place pour copier %s (%s) dans %s (%s libres) : rien n'\''a été déplacé ; libérez de la place sur le partage.'
PHW_T_COPY_DIFFERS='la copie de %s vers %s diffère de la source : la source est conservée, la copie supprimée.'
PHW_T_TARGET_EXISTS='%s existe déjà sur le partage : %s n'\''est pas déplacé. Vérifiez le contenu du partage.'
PHW_T_MOVE_AND_LINK='déplacer %s vers %s et le relier par un lien'
PHW_T_NOT_MOUNTED='le partage %s n'\''est pas monté sur cet hôte : montez-le (et ajoutez-le à /etc/fstab), puis relancez le script.'
PHW_T_RESTART_ON_UNDO='redémarrer %s lors du retour arrière s'\''il tourne'
PHW_T_RESTARTING='redémarrage de %s : sa configuration a changé'
PHW_T_SHARE_EMPTY='%s est absent du partage : exécutez d'\''abord le script de l'\''hôte principal.'
PHW_T_NO_PACKAGE_LIST='la liste des paquets de l'\''hôte principal %s est absente : exécutez d'\''abord le script de l'\''hôte principal.'
PHW_T_COMMENT_OUT='commenter les lignes de %s'
PHW_T_RELOAD_ON_UNDO='recharger systemd lors du retour arrière'
PHW_T_ASK_SECRET='Mot de passe pour %s : '
PHW_T_NO_SECRET='%s n'\''est pas défini : exportez-le ou lancez le script depuis un terminal.'
PHW_T_SECRET_CONTROL='%s contient un caractère de contrôle, ce qui est refusé.'
PHW_T_SECRET_ENCODING='%s n'\''est pas en UTF-8 valide : saisissez-le de nouveau sur un terminal UTF-8.'
PHW_T_UNSAFE_NAME='avertissement : %s a été ajouté au partage avec un nom que le journal ne peut pas contenir ; supprimez-le à la main après un retour arrière.'
PHW_T_BAD_JOURNAL='commande inattendue dans le journal : %s.'
PHW_T_UNDO_FAILED='retour arrière arrêté à : %s. Le journal garde ce qui reste à annuler ; corrigez la cause et relancez --rollback.'
PHW_T_UNDOING='annulation de l'\''étape %s'
PHW_T_STEP_DONE='étape %s/%s %s : déjà faite (%s)'
PHW_T_STEP_WOULD='étape %s/%s %s : serait exécutée (%s)'
PHW_T_STEP_START='étape %s/%s %s : %s'
PHW_T_STEP_FAILED='l'\''étape %s a échoué (%s). Le journal indique ce qui a été fait ; relancez pour reprendre, ou --rollback pour annuler.'
PHW_T_STEP_UNVERIFIED='l'\''étape %s a été exécutée mais sa vérification échoue encore (%s).'
PHW_T_STEP_OK='étape %s : terminée'
PHW_T_LOCKED='le déploiement est verrouillé (%s) par %s : une autre exécution est en cours. Si ce n'\''est pas le cas, supprimez ce dossier.'
PHW_T_STALE_LOCK='le verrou de %s a été laissé par un processus qui ne tourne plus : il est repris'
PHW_T_RESUMING='l'\''étape %s a été interrompue : annulation de ce qu'\''elle a fait avant de reprendre'
PHW_T_USAGE='Usage : sh SCRIPT [--dry-run | --rollback | --help] [--host-is=NOM]
  --dry-run        simulation : montre ce qui serait fait, ne change rien
  --rollback       retour arrière : annule les étapes appliquées dans l'\''ordre inverse, d'\''après le journal
  --host-is=NOM    cette machine est l'\''hôte NOM du déploiement sous un autre nom d'\''hôte (utile à sa première exécution seulement)
Avant toute modification, le script vérifie que le partage est monté, que cette machine est l'\''hôte pour lequel il a été exporté, et qu'\''elle ne prend part à aucun autre déploiement.
Mots de passe : variables d'\''environnement PUBLIK_DB_PASSWORD_<COMPOSANT>, ou saisie au terminal.'
PHW_T_BAD_OPTION='option inconnue %s.'
PHW_T_WOULD_REFUSE='une vraie exécution s'\''arrêterait ici :'
PHW_T_SHARE_NOT_MOUNTED='le partage %s n'\''est pas un système de fichiers monté sur cet hôte (simple dossier, ou absent) : rien n'\''a été modifié. Montez le partage, puis relancez.'
PHW_T_RECORDED_OTHER_HOST='cette machine prend part au déploiement %s comme l'\''hôte %s (enregistré à sa première exécution), et ce script est pour l'\''hôte %s : rien n'\''a été modifié. Exécutez sur chaque hôte son propre script.'
PHW_T_RECORDED_OTHER_MACHINE='l'\''état du déploiement %s sur cet hôte a été enregistré par une autre machine (machine-id %s, celle-ci a %s) : système copié ou cloné ? Rien n'\''a été modifié. S'\''il s'\''agit bien du même hôte avec un nouveau machine-id, supprimez %s et relancez.'
PHW_T_HOST_IS_OTHER='--host-is=%s : ce script est pour l'\''hôte %s. Rien n'\''a été modifié.'
PHW_T_WRONG_HOST='cette machine s'\''appelle %s et ce script est pour l'\''hôte %s : rien n'\''a été modifié. Exécutez sur chaque hôte son propre script ; si cette machine est bien cet hôte sous un autre nom, relancez avec --host-is=%s.'
PHW_T_NAME_DIFFERS='remarque : cette machine s'\''appelle %s, pas %s ; jointe à l'\''adresse de cet hôte (%s) avec sa clé d'\''hôte connue, elle est prise pour cet hôte.'
PHW_T_NOTHING_HERE='remarque : cette machine s'\''appelle %s, pas %s, et ne contient rien du déploiement %s à défaire.'
PHW_T_OTHER_DEPLOYMENT='cet hôte prend déjà part au déploiement %s (journal %s) et ne peut pas prendre part aussi à %s : rien n'\''a été modifié. Si le déploiement a été renommé, utilisez le fichier ou les scripts de %s ; sinon, faites d'\''abord son retour arrière.'
PHW_T_ROLLBACK_OTHER_DEPLOYMENT='rien du déploiement %s à défaire sur cet hôte, qui prend part au déploiement %s : faites le retour arrière avec le fichier ou les scripts de %s.'
PHW_T_NOT_ROOT='exécutez ce script en tant que root (sudo sh SCRIPT).'
PHW_T_ROLLBACK_START='retour arrière : annulation des étapes appliquées dans l'\''ordre inverse'
PHW_T_ROLLBACK_DONE='retour arrière terminé'
PHW_T_BOTH_DIFFER='%s et sa copie sur le partage %s existent toutes deux et diffèrent : rien n'\''a été supprimé. Comparez-les, gardez la bonne dans %s, supprimez l'\''autre, puis relancez le retour arrière.'
PHW_T_STEP_NO_SPACE='étape %s : déplacer %s demande %s, et %s n'\''a que %s libres. Rien n'\''a été déplacé ni aucun service arrêté : libérez de la place sur le partage, puis relancez.'
PHW_T_STEP_UNDONE='ce que l'\''étape %s avait fait est défait, et les services qu'\''elle avait arrêtés (%s) tournent de nouveau.'
PHW_T_STEP_UNDO_STOPPED='l'\''étape %s n'\''a pas pu être entièrement défaite : les services qu'\''elle avait arrêtés (%s) ne tournent peut-être pas. Le journal garde ce qui reste : corrigez la cause et relancez.'
PHW_T_NEW_KEPT='%s chemins apparus sur le partage pendant l'\''installation ne viennent pas des paquets : le retour arrière les conserve.'
PHW_T_KEPT_NOT_EMPTY='%s est conservé : il n'\''est pas vide (ce qu'\''il contient n'\''a pas été écrit par les paquets).'
PHW_T_SECONDARIES_ATTACHED='retour arrière refusé : des hôtes secondaires sont encore rattachés au partage (%s, inscrits dans %s). Faites d'\''abord leur retour arrière (leur script avec --rollback, ou le retour arrière de l'\''outil, qui commence par eux), puis relancez celui-ci.'
PHW_T_NO_JOURNAL_ATTACHED='retour arrière refusé : cet hôte n'\''a pas de journal (%s) mais il est rattaché au partage (%s). Le retour arrière ne peut pas savoir ce qui a été fait ici et ne change rien. Arrêtez les services Publik de cet hôte, supprimez ces liens (rm LIEN, jamais rm -r) et remettez en place les dossiers propres à l'\''hôte, ou réinstallez l'\''hôte ; puis relancez le retour arrière.'
PHW_T_STALE_RECORD='%s supprimé : cet hôte n'\''est plus rattaché au partage.'
PHW_T_NOTHING_TO_UNDO='pas de journal sur cet hôte et aucun lien vers le partage : rien à défaire'
PHW_T_ALL_DONE='toutes les étapes sont faites'

# ---- publik-ha-wizard host library (POSIX sh) ------------------------------------------
# Every action below checks the state first, acts, and writes the command that undoes it
# into the journal on this host before it returns. Rollback runs those commands in
# reverse order. Arguments are tokens the engine has validated (no spaces, no globbing).
set -u
set -f
umask 022
export LC_ALL=C
export DEBIAN_FRONTEND=noninteractive
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin

PHW_STATE=$PHW_STATE_ROOT/$PHW_DEPLOYMENT
PHW_JOURNAL=$PHW_STATE/journal
PHW_BACKUP=$PHW_STATE/backup
PHW_DRY=0
PHW_STEP=-
PHW_ONLY=
PHW_WAS_DONE=0

phw_say() {
    # phw_say FORMAT [ARG...]: one translated line on stdout, prefixed with the host.
    _f=$1; shift
    # shellcheck disable=SC2059 # the format comes from the script's own message table
    printf "[%s] $_f\n" "$PHW_HOST" "$@"
}

phw_err() {
    _f=$1; shift
    # shellcheck disable=SC2059
    printf "[%s] $PHW_T_ERROR $_f\n" "$PHW_HOST" "$@" >&2
    return 1
}

phw_dry() {
    # phw_dry COMMAND...: in a dry run, prints the command instead of running it.
    [ "$PHW_DRY" = 1 ] || return 1
    printf '[%s]   %s %s\n' "$PHW_HOST" "$PHW_T_WOULD" "$*"
    return 0
}

phw_drymsg() {
    # phw_drymsg FORMAT [ARG...]: in a dry run, prints what would be done.
    [ "$PHW_DRY" = 1 ] || return 1
    _dm_f=$1
    shift
    # shellcheck disable=SC2059 # the format comes from the script's own message table
    printf "[%s]   $_dm_f\n" "$PHW_HOST" "$@"
    return 0
}

phw_journal() {
    printf '%s\n' "$*" >>"$PHW_JOURNAL" || phw_err "$PHW_T_JOURNAL_WRITE" "$PHW_JOURNAL"
}

phw_journal_undo() {
    phw_journal "undo $PHW_STEP $*"
}

phw_new_backup() {
    # Prints a fresh, empty backup folder.
    mkdir -p "$PHW_BACKUP" && mktemp -d "$PHW_BACKUP/b.XXXXXXXX"
}

phw_size() {
    # phw_size KIB: a size for the operator, in the script's language ("23.5 GB", "23,5 Go"):
    # decimal units, one decimal unless it is 0.
    awk -v k="${1:-0}" -v u="$PHW_T_SIZE_UNITS" -v p="$PHW_T_DECIMAL_POINT" 'BEGIN {
        n = split(u, unit, " "); v = k * 1024 / 1000; i = 1
        while (v >= 999.95 && i < n) { v /= 1000; i++ }
        s = sprintf("%.1f", v); sub(/\.0$/, "", s); sub(/\./, p, s); print s " " unit[i] }'
}

phw_exists() { [ -e "$1" ] || [ -L "$1" ]; }

phw_link_is() {
    # phw_link_is PATH TARGET: PATH is a symbolic link whose target is TARGET.
    [ -L "$1" ] && [ "$(readlink "$1")" = "$2" ]
}

# ---- accounts -------------------------------------------------------------------------
phw_has_account() {
    # phw_has_account USER UID GID
    [ "$(getent group "$1" | cut -d: -f3)" = "$3" ] &&
        [ "$(getent passwd "$1" | cut -d: -f3,4)" = "$2:$3" ]
}

phw_group() {
    # phw_group NAME GID
    _cur=$(getent group "$1" | cut -d: -f3)
    if [ -n "$_cur" ]; then
        [ "$_cur" = "$2" ] && return 0
        phw_err "$PHW_T_GROUP_OTHER_ID" "$1" "$_cur" "$2"
        return 1
    fi
    _other=$(getent group "$2" | cut -d: -f1)
    if [ -n "$_other" ]; then
        phw_err "$PHW_T_GID_TAKEN" "$2" "$_other" "$1"
        return 1
    fi
    phw_dry groupadd --system --gid "$2" "$1" && return 0
    groupadd --system --gid "$2" "$1" || return 1
    phw_journal_undo phw_undo_group "$1" "$2"
}

phw_user() {
    # phw_user NAME UID GID HOME
    _cur=$(getent passwd "$1" | cut -d: -f3,4)
    if [ -n "$_cur" ]; then
        [ "$_cur" = "$2:$3" ] && return 0
        phw_err "$PHW_T_USER_OTHER_ID" "$1" "$_cur" "$2:$3"
        return 1
    fi
    _other=$(getent passwd "$2" | cut -d: -f1)
    if [ -n "$_other" ]; then
        phw_err "$PHW_T_UID_TAKEN" "$2" "$_other" "$1"
        return 1
    fi
    phw_dry useradd --system --uid "$2" --gid "$3" --home-dir "$4" "$1" && return 0
    useradd --system --uid "$2" --gid "$3" --home-dir "$4" --no-create-home \
        --shell /bin/false --comment "$1 daemon" "$1" || return 1
    phw_journal_undo phw_undo_user "$1" "$2"
}

phw_undo_user() {
    [ "$(getent passwd "$1" | cut -d: -f3)" = "$2" ] || return 0
    userdel "$1"
}

phw_undo_group() {
    [ "$(getent group "$1" | cut -d: -f3)" = "$2" ] || return 0
    groupdel "$1"
}

# ---- folders and files ----------------------------------------------------------------
phw_mkdir() {
    # phw_mkdir PATH OWNER GROUP MODE: creates PATH (and missing parents, root-owned).
    [ -d "$1" ] && return 0
    if phw_exists "$1"; then
        phw_err "$PHW_T_NOT_A_DIR" "$1"
        return 1
    fi
    phw_dry mkdir -p "$1" && return 0
    _parent=$(dirname "$1")
    [ -d "$_parent" ] || phw_mkdir "$_parent" root root 0755 || return 1
    mkdir "$1" || return 1
    phw_journal_undo phw_undo_mkdir "$1"
    chown "$2:$3" "$1" && chmod "$4" "$1"
}

phw_undo_mkdir() {
    [ -d "$1" ] && [ ! -L "$1" ] || return 0
    rmdir "$1"
}

phw_require_mounted() {
    # phw_require_mounted MOUNT: the share is mounted there, not left as the bare folder of
    # this host's own disk (where nothing of the primary host can be found).
    if [ -d "$1" ] && { mountpoint -q "$1" 2>/dev/null ||
        [ "$(stat -c %d "$1")" != "$(stat -c %d "$1/..")" ]; }; then
        return 0
    fi
    phw_err "$PHW_T_NOT_MOUNTED" "$1"
    return 1
}

phw_require_dir() {
    [ -d "$1" ] && return 0
    phw_err "$PHW_T_MISSING_DIR" "$1"
    return 1
}

phw_has_dirs() {
    for _d in "$@"; do [ -d "$_d" ] || return 1; done
}

phw_meta_is() {
    # phw_meta_is PATH OWNER GROUP MODE
    [ "$(stat -c '%U:%G:%a' "$1" 2>/dev/null)" = "$2:$3:$(printf '%o' "0$4")" ]
}

phw_check_file() {
    # phw_check_file PATH OWNER GROUP MODE CONTENT-FUNCTION [SECRET-VARIABLE...]
    # Done when the file has that owner, mode and content. Without its secrets, the
    # content cannot be compared: owner and mode are, and a note says so.
    _cf_path=$1 _cf_fn=$5
    [ -f "$1" ] && [ ! -L "$1" ] && phw_meta_is "$1" "$2" "$3" "$4" || return 1
    shift 5
    for _cf_var in "$@"; do
        if ! phw_secret_is_set "$_cf_var"; then
            phw_say "$PHW_T_CONTENT_UNCHECKED" "$_cf_path" "$_cf_var"
            return 0
        fi
    done
    "$_cf_fn" | cmp -s - "$_cf_path"
}

phw_file() {
    # phw_file PATH OWNER GROUP MODE < content: writes PATH atomically; an existing
    # file is kept in the backups and put back on rollback.
    if [ "$PHW_DRY" = 1 ]; then
        cat >/dev/null
        phw_drymsg "$PHW_T_WRITE_FILE" "$1" && return 0
    fi
    _tmp="$1.phw-new"
    if ! { cat >"$_tmp" && chown "$2:$3" "$_tmp" && chmod "$4" "$_tmp"; }; then
        rm -f "$_tmp"
        return 1
    fi
    if [ -f "$1" ] && cmp -s "$_tmp" "$1" && phw_meta_is "$1" "$2" "$3" "$4"; then
        rm -f "$_tmp"
        return 0
    fi
    if phw_exists "$1"; then
        if ! { _b=$(phw_new_backup) && cp -a "$1" "$_b/item"; }; then
            rm -f "$_tmp"
            return 1
        fi
        phw_journal_undo phw_undo_restore "$1" "$_b"
    else
        phw_journal_undo phw_undo_remove "$1"
    fi
    mv -f "$_tmp" "$1" || return 1
    # For phw_restart_if_changed (phw_file runs at the end of a pipeline: in a subshell).
    # (true, not the special built-in ':', whose failed redirection would end the script)
    { true >"$PHW_STATE/changed"; } 2>/dev/null
    return 0
}

phw_undo_remove() {
    [ -f "$1" ] && [ ! -L "$1" ] || return 0
    rm -f "$1"
}

phw_undo_restore() {
    # phw_undo_restore PATH BACKUP: puts the saved item back at PATH, byte for byte.
    [ -e "$2/item" ] || [ -L "$2/item" ] || return 0
    if phw_exists "$1"; then
        if [ -L "$1" ] || [ ! -d "$1" ]; then
            rm -f "$1" || return 1
        else
            phw_err "$PHW_T_RESTORE_BLOCKED" "$1"
            return 1
        fi
    fi
    mv "$2/item" "$1" && rmdir "$2"
}

phw_set_aside() {
    # phw_set_aside PATH: moves PATH (file, folder or link) into the backups.
    phw_exists "$1" || return 0
    phw_drymsg "$PHW_T_SET_ASIDE" "$1" && return 0
    _b=$(phw_new_backup) || return 1
    phw_journal_undo phw_undo_restore "$1" "$_b"
    mv "$1" "$_b/item"
}

# ---- moving to the share --------------------------------------------------------------
phw_copy_verified() {
    # phw_copy_verified SRC DST: copies SRC to DST through DST.phw-partial, compares the
    # copy with the source, then renames it. The source is left as it is.
    _partial="$2.phw-partial"
    rm -rf "$_partial" || return 1
    _cv_need=$(du -sk "$1" 2>/dev/null | cut -f1)
    _cv_free=$(df -Pk "$(dirname "$2")" 2>/dev/null | awk 'NR == 2 { print $4 }')
    if [ -n "$_cv_need" ] && [ -n "$_cv_free" ] && [ "$_cv_need" -ge "$_cv_free" ]; then
        phw_err "$PHW_T_NO_SPACE" "$1" "$(phw_size "$_cv_need")" "$(dirname "$2")" \
            "$(phw_size "$_cv_free")"
        return 1
    fi
    phw_say "$PHW_T_COPYING" "$1" "$2" "$(phw_size "$_cv_need")"
    cp -a "$1" "$_partial" || {
        rm -rf "$_partial"
        return 1
    }
    if ! diff -r --no-dereference "$1" "$_partial" >/dev/null 2>&1; then
        rm -rf "$_partial"
        phw_err "$PHW_T_COPY_DIFFERS" "$1" "$2"
        return 1
    fi
    mv "$_partial" "$2"
}

phw_share() {
    # phw_share SRC DST: moves SRC to DST on the share (copy, verify, then remove the
    # source) and links SRC to it.
    phw_link_is "$1" "$2" && return 0
    if [ -L "$1" ] || [ ! -d "$1" ]; then
        phw_err "$PHW_T_NOT_A_DIR" "$1"
        return 1
    fi
    if phw_exists "$2"; then
        phw_err "$PHW_T_TARGET_EXISTS" "$2" "$1"
        return 1
    fi
    phw_drymsg "$PHW_T_MOVE_AND_LINK" "$1" "$2" && return 0
    phw_copy_verified "$1" "$2" || return 1
    phw_journal_undo phw_undo_share "$1" "$2"
    # Renamed first (atomic), deleted next: a half-deleted source is never taken for one.
    mv "$1" "$1.phw-old" && rm -rf "$1.phw-old" || return 1
    ln -sfn "$2" "$1" || return 1
    phw_journal_undo phw_undo_link "$1" "$2"
}

phw_share_optional() {
    # As phw_share, when SRC exists; nothing otherwise.
    phw_exists "$1" || return 0
    phw_share "$1" "$2"
}

phw_is_shared() {
    phw_link_is "$1" "$2"
}

phw_is_shared_optional() {
    phw_link_is "$1" "$2" || { ! phw_exists "$1" && ! phw_exists "$2"; }
}

phw_undo_link() {
    # phw_undo_link PATH TARGET
    phw_link_is "$1" "$2" || return 0
    rm -f "$1"
}

phw_undo_share() {
    # phw_undo_share SRC DST: brings DST back to SRC (copy, verify, remove DST). Safe to run
    # again: a run interrupted after its verified copy finds SRC complete and only removes DST.
    if [ -d "$1" ] && [ ! -L "$1" ]; then
        # Apply interrupted before the source was renamed (the source is intact), or a
        # rollback interrupted after its copy back: DST goes only when it holds nothing
        # more than SRC does; anything else stops here, with both kept.
        [ -d "$2" ] || return 0
        if ! diff -r --no-dereference "$2" "$1" >/dev/null 2>&1; then
            phw_err "$PHW_T_BOTH_DIFFER" "$1" "$2" "$1"
            return 1
        fi
        rm -rf "$2"
        return
    fi
    rm -rf "$1.phw-old" || return 1
    [ -d "$2" ] || return 0
    phw_copy_verified "$2" "$1" || return 1
    rm -rf "$2"
}

phw_need_space() {
    # phw_need_space SRC DST [SRC DST]...: before a step moves anything, the folders SRC
    # still to be moved (not yet links) must fit, all together, in the free space where
    # each DST goes. Checked before the step stops its service: a refusal changes nothing.
    _sp_need=0
    _sp_what=
    _sp_args=$*
    while [ $# -ge 2 ]; do
        if [ -d "$1" ] && [ ! -L "$1" ]; then
            _sp_k=$(du -sk "$1" 2>/dev/null | cut -f1)
            _sp_need=$((_sp_need + ${_sp_k:-0}))
            _sp_what="$_sp_what $1"
        fi
        shift 2
    done
    [ "$_sp_need" -gt 0 ] || return 0
    # shellcheck disable=SC2086 # validated tokens
    set -- $_sp_args
    while [ $# -ge 2 ]; do
        _sp_dir=$(dirname "$2")
        while [ ! -d "$_sp_dir" ]; do _sp_dir=$(dirname "$_sp_dir"); done
        _sp_free=$(df -Pk "$_sp_dir" 2>/dev/null | awk 'NR == 2 { print $4 }')
        if [ -n "$_sp_free" ] && [ "$_sp_need" -ge "$_sp_free" ]; then
            phw_err "$PHW_T_STEP_NO_SPACE" "$PHW_STEP" "${_sp_what# }" "$(phw_size "$_sp_need")" \
                "$_sp_dir" "$(phw_size "$_sp_free")"
            return 1
        fi
        shift 2
    done
}

phw_record_attached() {
    # phw_record_attached DIR: a secondary's first attach step records on the share that
    # this host is attached (DIR/HOST); the primary's rollback refuses while one is there.
    [ -f "$1/$PHW_HOST" ] && return 0
    phw_drymsg "$PHW_T_WRITE_FILE" "$1/$PHW_HOST" && return 0
    mkdir -p "$1" || return 1
    phw_journal_undo phw_undo_record_attached "$1/$PHW_HOST"
    phw_hostname
    printf '%s\n' "$PHW_HOSTNAME" >"$1/$PHW_HOST"
}

phw_is_recorded_attached() {
    [ -f "$1/$PHW_HOST" ]
}

phw_undo_record_attached() {
    # Journaled after nothing else of the attach steps: undone once the host's links are.
    rm -f "$1" || return 1
    rmdir "$(dirname "$1")" 2>/dev/null
    return 0
}

phw_primary_guard() {
    # phw_primary_guard DIR: on the primary, journals the guard its rollback checks first.
    [ "$PHW_DRY" = 1 ] && return 0
    phw_journal_undo phw_undo_primary_guard "$1"
}

phw_undo_primary_guard() {
    # phw_undo_primary_guard DIR: refuses while a secondary is recorded as attached in DIR:
    # what it writes to the share meanwhile would be lost when the share is moved back.
    [ -d "$1" ] || return 0
    # shellcheck disable=SC2010 # the records are named after validated host names
    _pg=$(ls -A "$1" 2>/dev/null | grep -vxF "$PHW_HOST" | tr '\n' ' ')
    [ -n "$_pg" ] || return 0
    phw_err "$PHW_T_SECONDARIES_ATTACHED" "${_pg% }" "$1"
}

phw_attach() {
    # phw_attach TARGET PATH: on a secondary, sets PATH aside and links it to TARGET on
    # the share, which the primary's script filled.
    phw_link_is "$2" "$1" && return 0
    if [ ! -d "$1" ]; then
        phw_err "$PHW_T_SHARE_EMPTY" "$1"
        return 1
    fi
    phw_set_aside "$2" || return 1
    phw_dry ln -sfn "$1" "$2" && return 0
    ln -sfn "$1" "$2" || return 1
    phw_journal_undo phw_undo_link "$2" "$1"
}

phw_attach_optional() {
    [ -d "$1" ] || return 0
    phw_attach "$1" "$2"
}

phw_is_attached() {
    phw_link_is "$2" "$1"
}

phw_is_attached_optional() {
    phw_link_is "$2" "$1" || [ ! -d "$1" ]
}

# ---- services -------------------------------------------------------------------------
phw_service_running() {
    service "$1" status >/dev/null 2>&1
}

phw_service_stop() {
    phw_service_running "$1" || return 0
    phw_dry service "$1" stop && return 0
    service "$1" stop || return 1
    phw_journal_undo phw_undo_service_stop "$1"
}

phw_service_start() {
    phw_service_running "$1" && return 0
    phw_dry service "$1" start && return 0
    phw_journal_undo phw_undo_service_start "$1"
    service "$1" start
}

phw_restart_on_undo() {
    # phw_restart_on_undo SERVICE: before the files a step rewrites, journals a restart that
    # rollback runs once they are back as they were, so that a running service reloads its
    # old settings.
    phw_drymsg "$PHW_T_RESTART_ON_UNDO" "$1" && return 0
    rm -f "$PHW_STATE/changed"
    phw_journal_undo phw_undo_restart "$1"
}

phw_restart_if_changed() {
    # phw_restart_if_changed SERVICE: after the files of a step, restarts SERVICE when one of
    # them was rewritten and it runs (it would keep its old settings otherwise).
    if [ "$PHW_DRY" = 1 ]; then
        phw_service_running "$1" && phw_dry service "$1" restart
        return 0
    fi
    [ -e "$PHW_STATE/changed" ] || return 0
    rm -f "$PHW_STATE/changed"
    phw_service_running "$1" || return 0
    phw_say "$PHW_T_RESTARTING" "$1"
    service "$1" restart
}

phw_undo_restart() {
    phw_service_running "$1" || return 0
    service "$1" restart
}

phw_undo_service_stop() {
    # The step had stopped it: start it again.
    phw_service_running "$1" && return 0
    service "$1" start
}

phw_undo_service_start() {
    # The step had started it: stop it again.
    phw_service_running "$1" || return 0
    service "$1" stop
}

# ---- packages -------------------------------------------------------------------------
phw_installed_list() {
    dpkg-query -W -f '${Package} ${db:Status-Status}\n' 2>/dev/null |
        awk '$2 != "not-installed" && $2 != "config-files" { print $1 }' | sort -u
}

phw_has_packages() {
    for _p in "$@"; do
        [ "$(dpkg-query -W -f '${db:Status-Status}' "$_p" 2>/dev/null)" = installed ] || return 1
    done
}

phw_apt_update() {
    phw_dry apt-get update && return 0
    apt-get -q update </dev/null
}

phw_apt_install() {
    # phw_apt_install PACKAGE...: installs what is missing, never prompting, keeping any
    # configuration file already there; the packages it brings are purged on rollback.
    _missing=
    for _ai_p in "$@"; do
        phw_has_packages "$_ai_p" || _missing="$_missing $_ai_p"
    done
    [ -n "$_missing" ] || return 0
    # shellcheck disable=SC2086 # package names are validated tokens
    phw_dry apt-get install $_missing && return 0
    # The links into the share this host has now: the journal line keeps them, and rollback
    # detaches exactly those before purging, whatever the deployment file says by then.
    _ai_links=
    for _ai_l in $PHW_SHARED_LINKS; do
        [ -L "$_ai_l" ] && _ai_links="$_ai_links $_ai_l"
    done
    phw_installed_list >"$PHW_STATE/packages.before" || return 1
    # shellcheck disable=SC2086 # paths are validated tokens
    phw_shared_files $_ai_links >"$PHW_STATE/shared.before" || return 1
    # Folders linked to the share already hold what the primary installed: dpkg leaves them
    # alone (it would otherwise write its temporary files there, and two secondaries
    # installing at once would collide on them).
    _ai_opts=
    for _ai_l in $_ai_links; do
        _ai_opts="$_ai_opts -o Dpkg::Options::=--path-exclude=$_ai_l/*"
    done
    # shellcheck disable=SC2086 # validated tokens; globbing is off (set -f)
    apt-get -q -y -o Dpkg::Options::=--force-confold -o Dpkg::Options::=--force-confdef \
        $_ai_opts install $_missing </dev/null
    _rc=$?
    phw_installed_list >"$PHW_STATE/packages.after"
    _new=$(comm -13 "$PHW_STATE/packages.before" "$PHW_STATE/packages.after")
    if [ -n "$_new" ]; then
        # shellcheck disable=SC2046,SC2086
        phw_journal_undo phw_undo_packages $_ai_links -- $(printf '%s ' $_new)
    fi
    # What appeared on the share through the links while apt-get ran. Production may write
    # there at the same time (the primary serves meanwhile), so only what can be proven to
    # come from this installation is removed on rollback; everything else stays:
    #   - a path dpkg lists for a package this step installed (dpkg-query -L);
    #   - dpkg's and ucf's side files of such a path (*.dpkg-dist, *.dpkg-new, *.dpkg-old,
    #     *.ucf-dist, *.ucf-new, *.ucf-old);
    #   - this host's own spooler folder, <linked folder>/spooler/<this machine-id>, and
    #     what it holds (no other host writes there).
    # shellcheck disable=SC2086
    phw_shared_files $_ai_links >"$PHW_STATE/shared.after"
    comm -13 "$PHW_STATE/shared.before" "$PHW_STATE/shared.after" >"$PHW_STATE/shared.new"
    if [ -s "$PHW_STATE/shared.new" ]; then
        for _ai_l in $_ai_links; do
            printf '%s %s\n' "$_ai_l" "$(readlink "$_ai_l")"
        done >"$PHW_STATE/shared.map"
        # shellcheck disable=SC2086
        [ -z "$_new" ] || dpkg-query -L $_new >"$PHW_STATE/packages.files" 2>/dev/null
        : >>"$PHW_STATE/packages.files"
        phw_proven_new "$(cat /etc/machine-id 2>/dev/null)" "$PHW_STATE/shared.map" \
            "$PHW_STATE/packages.files" "$PHW_STATE/shared.new" >"$PHW_STATE/shared.proven"
        while IFS= read -r _ai_f; do
            case $_ai_f in
            *[!A-Za-z0-9._/@%+=:,-]*) phw_say "$PHW_T_UNSAFE_NAME" "$_ai_f" ;;
            *) phw_journal_undo phw_undo_remove_new "$_ai_f" ;;
            esac
        done <"$PHW_STATE/shared.proven"
        _ai_kept=$(($(wc -l <"$PHW_STATE/shared.new") - $(wc -l <"$PHW_STATE/shared.proven")))
        [ "$_ai_kept" = 0 ] || phw_say "$PHW_T_NEW_KEPT" "$_ai_kept"
    fi
    rm -f "$PHW_STATE/packages.before" "$PHW_STATE/packages.after" "$PHW_STATE/packages.files" \
        "$PHW_STATE/shared.before" "$PHW_STATE/shared.after" "$PHW_STATE/shared.new" \
        "$PHW_STATE/shared.map" "$PHW_STATE/shared.proven"
    return $_rc
}

phw_proven_new() {
    # phw_proven_new MACHINE-ID MAP DPKG-FILES NEW: those of the NEW share paths (one a line)
    # that the rule of phw_apt_install proves to come from the installation. MAP has a
    # "LINK TARGET" line per link into the share, DPKG-FILES the packages' paths.
    awk -v mid="$1" '
        FILENAME == ARGV[1] { n++; link[n] = $1; target[n] = $2; next }
        FILENAME == ARGV[2] { owned[$0] = 1; next }
        {
            local = ""
            for (i = 1; i <= n; i++) {
                t = target[i]
                if ($0 == t || index($0, t "/") == 1) {
                    local = link[i] substr($0, length(t) + 1)
                    break
                }
            }
            if (local == "")
                next
            if (local in owned) { print; next }
            stem = local
            if (sub(/\.(dpkg-dist|dpkg-new|dpkg-old|ucf-dist|ucf-new|ucf-old)$/, "", stem) &&
                (stem in owned)) { print; next }
            if (mid != "") {
                for (i = 1; i <= n; i++) {
                    s = link[i] "/spooler/" mid
                    if (local == s || index(local, s "/") == 1) { print; next }
                }
            }
        }' "$2" "$3" "$4"
}

phw_shared_files() {
    # phw_shared_files LINK...: every path inside the share reached through those links,
    # sorted.
    for _sf_l in "$@"; do
        if [ -L "$_sf_l" ] && [ -d "$_sf_l" ]; then
            find "$(readlink "$_sf_l")" -mindepth 1
        fi
    done | LC_ALL=C sort -u
}

phw_undo_remove_new() {
    # Removes a path the packages added to the share; a folder only once empty: a folder
    # that holds something more is kept, with what it holds.
    if [ -d "$1" ] && [ ! -L "$1" ]; then
        rmdir "$1" 2>/dev/null || phw_say "$PHW_T_KEPT_NOT_EMPTY" "$1"
    elif phw_exists "$1"; then
        rm -f "$1"
    fi
    return 0
}

phw_undo_packages() {
    # phw_undo_packages LINK... -- PACKAGE...: purges the packages a step installed. The
    # links the host had into the share when they were installed are detached first (and
    # any other link into the share dpkg could follow), so that dpkg cannot remove what
    # every host shares. Safe to run again: only packages still known to dpkg are purged.
    _up_links=
    while [ $# -gt 0 ] && [ "$1" != -- ]; do
        _up_links="$_up_links $1"
        shift
    done
    [ $# -gt 0 ] && shift
    phw_purge_packages "$_up_links" "$@"
}

phw_undo_apt_install() {
    # The journal line of earlier versions (no links recorded): the deployment's links.
    phw_purge_packages "$PHW_SHARED_LINKS" "$@"
}

phw_purge_packages() {
    # phw_purge_packages "LINK..." PACKAGE...
    _pp_links=$1
    shift
    # Links set aside by an interrupted purge go back first.
    phw_reattach_detached || return 1
    _pp=
    for _pp_p in "$@"; do
        # Installed, half-installed or configuration files left: purged; gone: nothing to do.
        case $(dpkg-query -W -f '${db:Status-Status}' "$_pp_p" 2>/dev/null) in
        '' | not-installed) ;;
        *) _pp="$_pp $_pp_p" ;;
        esac
    done
    [ -n "$_pp" ] || return 0
    _aside=$PHW_STATE/detached
    mkdir -p "$_aside" || return 1
    _n=0
    # shellcheck disable=SC2086
    for _l in $(phw_links_to_detach "$_pp_links" $_pp); do
        [ -L "$_l" ] || continue
        _n=$((_n + 1))
        if ! { printf '%s\n' "$_l" >"$_aside/$_n.path" && mv "$_l" "$_aside/$_n.link"; }; then
            phw_reattach_detached
            return 1
        fi
    done
    # apt-get purge needs no package list nor source for packages dpkg knows: the detached
    # APT sources are not missed.
    # shellcheck disable=SC2086
    apt-get -q -y purge $_pp </dev/null
    _rc=$?
    phw_reattach_detached || _rc=1
    return "$_rc"
}

phw_links_to_detach() {
    # phw_links_to_detach "LINK..." PACKAGE...: the links to set aside before purging, one a
    # line, parents first: the recorded ones and the deployment's that are links, then, as a
    # safety net, every link into the share on the way to a path of the packages (or to
    # /etc/PACKAGE, /var/lib/PACKAGE, which maintainer scripts remove).
    _ld_rec=$1
    shift
    {
        for _ld in $_ld_rec $PHW_SHARED_LINKS; do
            [ -L "$_ld" ] && printf '%s\n' "$_ld"
        done
        {
            dpkg-query -L "$@" 2>/dev/null
            for _ld in "$@"; do printf '/etc/%s\n/var/lib/%s\n' "$_ld" "$_ld"; done
        } | awk '/^\// { p = ""; n = split($0, w, "/"); for (i = 2; i <= n; i++) { p = p "/" w[i]; print p } }' |
            LC_ALL=C sort -u | while IFS= read -r _ld; do
            [ -L "$_ld" ] || continue
            case $(readlink "$_ld") in
            "$PHW_NFS_MOUNT" | "$PHW_NFS_MOUNT"/*) printf '%s\n' "$_ld" ;;
            esac
        done
    } | awk '!seen[$0]++' | LC_ALL=C sort
}

phw_reattach_detached() {
    # Puts back the links phw_purge_packages set aside (also after it was interrupted).
    _ra_dir=$PHW_STATE/detached
    [ -d "$_ra_dir" ] || return 0
    _ra_rc=0
    # shellcheck disable=SC2012 # numbered files written by phw_purge_packages
    for _ra_n in $(ls "$_ra_dir" | sed -n 's/\.path$//p'); do
        _ra_l=$(cat "$_ra_dir/$_ra_n.path")
        if [ -L "$_ra_dir/$_ra_n.link" ]; then
            if phw_exists "$_ra_l"; then
                phw_err "$PHW_T_RESTORE_BLOCKED" "$_ra_l"
                _ra_rc=1
                continue
            fi
            mv "$_ra_dir/$_ra_n.link" "$_ra_l" || {
                _ra_rc=1
                continue
            }
        fi
        rm -f "$_ra_dir/$_ra_n.path"
    done
    [ "$_ra_rc" = 0 ] && rmdir "$_ra_dir"
}

phw_record_packages() {
    # phw_record_packages FILE: the list of installed packages, for the secondaries.
    phw_drymsg "$PHW_T_WRITE_FILE" "$1" && return 0
    mkdir -p "$(dirname "$1")" || return 1
    phw_journal_undo phw_undo_remove "$1"
    phw_installed_list >"$1.phw-new" && mv -f "$1.phw-new" "$1"
}

phw_wanted_from_list() {
    # phw_wanted_from_list FILE PACKAGE...: those of PACKAGE that FILE lists.
    [ -f "$1" ] || {
        phw_err "$PHW_T_NO_PACKAGE_LIST" "$1"
        return 1
    }
    _list=$1
    shift
    # Compared as text: a '.' or '+' in a package name is no pattern.
    for _p in "$@"; do
        grep -qxF -e "$_p" "$_list" && printf '%s\n' "$_p"
    done
    return 0
}

phw_has_packages_from_list() {
    _w=$(phw_wanted_from_list "$@") || return 1
    # shellcheck disable=SC2086
    phw_has_packages $_w
}

phw_apt_install_from_list() {
    _w=$(phw_wanted_from_list "$@") || return 1
    [ -n "$_w" ] || return 0
    # shellcheck disable=SC2086
    phw_apt_install $_w
}

# ---- crons ----------------------------------------------------------------------------
phw_cron_active() {
    # True when FILE exists and has a line that is neither blank nor a comment.
    [ -f "$1" ] && grep -q '^[[:space:]]*[^#[:space:]]' "$1"
}

phw_crons_disabled() {
    for _c in "$@"; do
        ! phw_cron_active "$_c" || return 1
    done
}

phw_comment_out() {
    # phw_comment_out FILE: puts '#' before every active line; the original is kept.
    phw_cron_active "$1" || return 0
    phw_drymsg "$PHW_T_COMMENT_OUT" "$1" && return 0
    _b=$(phw_new_backup) && cp -a "$1" "$_b/item" || return 1
    phw_journal_undo phw_undo_restore "$1" "$_b"
    cp -a "$1" "$1.phw-new" &&
        sed 's/^\([[:space:]]*[^#[:space:]]\)/#\1/' "$1" >"$1.phw-new" &&
        mv -f "$1.phw-new" "$1"
}

# ---- systemd --------------------------------------------------------------------------
phw_daemon_reload() {
    [ -d /run/systemd/system ] || return 0
    phw_dry systemctl daemon-reload && return 0
    systemctl daemon-reload
}

phw_reload_on_undo() {
    # Journals a daemon-reload that rollback runs after the files that follow are gone.
    phw_drymsg "$PHW_T_RELOAD_ON_UNDO" && return 0
    phw_journal_undo phw_daemon_reload
}

# ---- secrets --------------------------------------------------------------------------
phw_secret_is_set() {
    eval "[ -n \"\${$1:-}\" ]"
}

phw_need_secret() {
    # phw_need_secret VARIABLE: from the environment, else asked on the terminal.
    if ! phw_secret_is_set "$1"; then
        if [ "$PHW_DRY" = 1 ]; then
            eval "$1=phw-dry-run"
            return 0
        fi
        if (: </dev/tty) 2>/dev/null; then
            # shellcheck disable=SC2059 # the format comes from the script's own message table
            printf "$PHW_T_ASK_SECRET" "$1" >/dev/tty
            stty -echo </dev/tty 2>/dev/null
            eval "IFS= read -r $1" </dev/tty
            stty echo </dev/tty 2>/dev/null
            printf '\n' >/dev/tty
        fi
    fi
    if ! phw_secret_is_set "$1"; then
        phw_err "$PHW_T_NO_SECRET" "$1"
        return 1
    fi
    _ns_v=
    eval "_ns_v=\${$1}"
    case $_ns_v in
    *[[:cntrl:]]*)
        phw_err "$PHW_T_SECRET_CONTROL" "$1"
        return 1
        ;;
    esac
    # C1 controls (U+0080 to U+009F, bytes C2 80 to C2 9F), as the engine refuses them.
    if printf '%s' "$_ns_v" | LC_ALL=C grep -q "$(printf '\302')[$(printf '\200')-$(printf '\237')]"; then
        phw_err "$PHW_T_SECRET_CONTROL" "$1"
        return 1
    fi
    # The settings file is Python source in UTF-8: anything else would not load.
    if ! printf '%s' "$_ns_v" | iconv -f UTF-8 -t UTF-8 >/dev/null 2>&1; then
        phw_err "$PHW_T_SECRET_ENCODING" "$1"
        return 1
    fi
}

phw_pystr() {
    # phw_pystr VARIABLE: writes the secret as a Python string literal.
    _py_v=
    eval "_py_v=\${$1}"
    printf "'"
    printf '%s' "$_py_v" | sed -e 's/\\/\\\\/g' -e "s/'/\\\\'/g"
    printf "'"
}

# ---- journal and steps ----------------------------------------------------------------
phw_step_fn() {
    # Sets PHW_FN to the function suffix of step $1: dots and dashes become underscores.
    # In the shell, like the other lookups a step makes first: every step runs in a
    # shell of its own, so a subprocess less is a few milliseconds less per step.
    _sf_in=$1
    PHW_FN=
    while :; do
        case $_sf_in in
        *[.-]*)
            PHW_FN=$PHW_FN${_sf_in%%[.-]*}_
            _sf_in=${_sf_in#*[.-]}
            ;;
        *) break ;;
        esac
    done
    PHW_FN=$PHW_FN$_sf_in
}

phw_last_line() {
    [ -s "$PHW_JOURNAL" ] && tail -n 1 "$PHW_JOURNAL"
}

phw_drop_last_line() {
    sed -i '$d' "$PHW_JOURNAL"
}

phw_undo_entry() {
    # Runs one undo line of the journal: "undo STEP COMMAND ARG...".
    # shellcheck disable=SC2086 # the journal holds validated tokens only
    set -- $1
    shift 2
    case $1 in
    phw_undo_* | phw_daemon_reload) "$@" ;;
    *)
        phw_err "$PHW_T_BAD_JOURNAL" "$1"
        return 1
        ;;
    esac
}

phw_test_interrupt() {
    # phw_test_interrupt STEP POINT: the tests' interruption point, inert unless the file
    # <state>/test-interrupt exists (root only, as the journal). It holds "STEP AT [cut]":
    # AT is 0 (STEP's undo has begun: its "done" line is gone, nothing undone yet), N (its
    # N-th undo has run, its line is still in the journal) or end (every undo of STEP has
    # run, its "begin" line is still there; also where an N larger than the step's undos
    # stops). There, once, the file is removed and this rollback ends as a kill would end
    # it (SIGKILL of this shell: no cleanup, the lock left to a dead process), or with
    # "cut", the SSH session that runs it is killed (the link cut: this shell goes on).
    # Inert on a real host: only a test lab's hosts mark themselves at boot (under /run, which
    # a boot empties), and the file must be root's own regular file, not a link.
    [ -e /run/publik-ha-wizard-test-hooks ] || return 0
    [ -f "$PHW_STATE/test-interrupt" ] && [ ! -h "$PHW_STATE/test-interrupt" ] &&
        [ -O "$PHW_STATE/test-interrupt" ] || return 0
    read -r _ti_step _ti_at _ti_how <"$PHW_STATE/test-interrupt" || return 0
    [ "$_ti_step" = "$1" ] || return 0
    [ "$2" = end ] || [ "$_ti_at" = "$2" ] || return 0
    rm -f "$PHW_STATE/test-interrupt"
    if [ "${_ti_how:-}" = cut ]; then
        # The nearest sshd above this shell: the session's process.
        _ti_p=$PPID
        while [ "$_ti_p" -gt 1 ] && [ "$(cat "/proc/$_ti_p/comm" 2>/dev/null)" != sshd ]; do
            _ti_p=$(awk '{ print $4 }' "/proc/$_ti_p/stat" 2>/dev/null) || return 0
        done
        [ "$_ti_p" -gt 1 ] && kill -KILL "$_ti_p"
        return 0
    fi
    kill -KILL $$
}

phw_unwind() {
    # phw_unwind STOP-AT-BEGIN: undoes journal lines from the end. With 1, stops after the
    # first "begin" line (one interrupted step); with 0, empties the journal.
    _uw_step=
    _uw_n=0
    while _uw_line=$(phw_last_line); do
        case $_uw_line in
        undo\ *)
            phw_undo_entry "$_uw_line" || {
                phw_err "$PHW_T_UNDO_FAILED" "$_uw_line"
                return 1
            }
            _uw_id=${_uw_line#undo }
            _uw_id=${_uw_id%% *}
            [ "$_uw_id" = "$_uw_step" ] || _uw_step=$_uw_id _uw_n=0
            _uw_n=$((_uw_n + 1))
            phw_test_interrupt "$_uw_id" "$_uw_n"
            ;;
        done\ *)
            phw_say "$PHW_T_UNDOING" "${_uw_line#done }"
            phw_drop_last_line || return 1
            _uw_step=${_uw_line#done } _uw_n=0
            phw_test_interrupt "$_uw_step" 0
            continue
            ;;
        begin\ *)
            phw_test_interrupt "${_uw_line#begin }" end
            phw_drop_last_line || return 1
            [ "$1" = 1 ] && return 0
            continue
            ;;
        esac
        phw_drop_last_line || return 1
    done
    return 0
}

phw_open_step() {
    # Sets PHW_OPEN to the id of a step that began and did not finish (interrupted or
    # failed), or to nothing: the last "begin" or "done" line of the journal says.
    PHW_OPEN=
    [ -f "$PHW_JOURNAL" ] || return 0
    PHW_OPEN=$(awk '/^(begin|done) / { l = $0 } END { if (l ~ /^begin /) print substr(l, 7) }' \
        "$PHW_JOURNAL")
}

phw_run_step() {
    # phw_run_step INDEX COUNT ID TITLE
    [ -z "$PHW_ONLY" ] || [ "$PHW_ONLY" = "$3" ] || return 0
    phw_step_fn "$3"
    _rs_fn=$PHW_FN
    PHW_STEP=$3
    phw_open_step
    _rs_open=$PHW_OPEN
    if "phw_check_$_rs_fn"; then
        # Found done; if it is the step that was interrupted, its frame is closed (what it
        # journaled stays, for rollback).
        if [ "$_rs_open" = "$3" ] && [ "$PHW_DRY" != 1 ]; then
            phw_journal "done $3" || return 1
        fi
        if [ -n "$PHW_ONLY" ]; then
            # For the runner: done by this tool earlier (10), or found done (11).
            if grep -qx "done $3" "$PHW_JOURNAL" 2>/dev/null; then PHW_WAS_DONE=10; else PHW_WAS_DONE=11; fi
        else
            phw_say "$PHW_T_STEP_DONE" "$1" "$2" "$3" "$4"
        fi
        return 0
    fi
    if [ "$PHW_DRY" = 1 ]; then
        phw_say "$PHW_T_STEP_WOULD" "$1" "$2" "$3" "$4"
        "phw_apply_$_rs_fn"
        return 0
    fi
    if [ -n "$_rs_open" ]; then
        # What an interrupted step did is undone before it (or the step in its place) runs.
        phw_say "$PHW_T_RESUMING" "$_rs_open"
        phw_unwind 1 || return 1
    fi
    phw_say "$PHW_T_STEP_START" "$1" "$2" "$3" "$4"
    phw_journal "begin $3" || return 1
    if ! "phw_apply_$_rs_fn"; then
        phw_err "$PHW_T_STEP_FAILED" "$3" "$4"
        phw_settle_failed_step "$3"
        return 1
    fi
    if ! "phw_check_$_rs_fn"; then
        phw_err "$PHW_T_STEP_UNVERIFIED" "$3" "$4"
        return 1
    fi
    phw_journal "done $3"
    phw_say "$PHW_T_STEP_OK" "$3"
}

phw_settle_failed_step() {
    # phw_settle_failed_step ID: a failed step that had stopped a service is undone at once
    # (what it moved comes back, then the service starts again), instead of waiting for the
    # next run: production is not left without its service in between. A failed step that
    # stopped nothing keeps its journal, which the next run unwinds before resuming.
    _fs_services=$(awk -v id="$1" '
        $1 == "begin" { s = "" }
        $1 == "undo" && $2 == id && $3 == "phw_undo_service_stop" { s = s " " $4 }
        END { print substr(s, 2) }' "$PHW_JOURNAL")
    [ -n "$_fs_services" ] || return 0
    if phw_unwind 1; then
        phw_err "$PHW_T_STEP_UNDONE" "$1" "$_fs_services"
    else
        phw_err "$PHW_T_STEP_UNDO_STOPPED" "$1" "$_fs_services"
    fi
}

phw_rollback() {
    # --rollback: the journal of this host says what was done, and only it is undone.
    if [ ! -s "$PHW_JOURNAL" ]; then
        phw_rollback_without_journal
        return
    fi
    # The primary's guard first, before anything is undone: no secondary still attached.
    # shellcheck disable=SC2013 # journal arguments are validated tokens
    for _rb_dir in $(awk '$1 == "undo" && $3 == "phw_undo_primary_guard" { print $4 }' \
        "$PHW_JOURNAL"); do
        phw_undo_primary_guard "$_rb_dir" || return 1
    done
    phw_say "$PHW_T_ROLLBACK_START"
    phw_unwind 0 || return 1
    rm -rf "$PHW_BACKUP" "$PHW_JOURNAL" "$PHW_STATE/host"
    phw_say "$PHW_T_ROLLBACK_DONE"
}

phw_attached_traces() {
    # Prints the links into the share this host has: the deployment's folders, and any
    # link two levels under /etc, /var/lib and /var/www.
    {
        # shellcheck disable=SC2086 # validated paths
        printf '%s\n' $PHW_SHARED_LINKS
        find /etc /var/lib /var/www -maxdepth 2 -type l 2>/dev/null
    } | LC_ALL=C sort -u | while IFS= read -r _tr; do
        [ -L "$_tr" ] || continue
        case $(readlink "$_tr") in
        "$PHW_NFS_MOUNT"/*) printf '%s ' "$_tr" ;;
        esac
    done
}

phw_rollback_without_journal() {
    # No journal: nothing to undo when the host shows no trace of the deployment; a host
    # still attached to the share (reinstalled tool state, journal removed) is refused:
    # rollback cannot tell what was done there, and purging through its links would delete
    # what every host shares.
    _rw_traces=$(phw_attached_traces)
    if [ -n "$_rw_traces" ]; then
        phw_err "$PHW_T_NO_JOURNAL_ATTACHED" "$PHW_JOURNAL" "${_rw_traces% }"
        return 1
    fi
    # A record of this host as attached, left on the share: it is not attached any more.
    _rw_rec=$PHW_NFS_MOUNT/.publik-ha-wizard/$PHW_DEPLOYMENT/attached/$PHW_HOST
    if [ -f "$_rw_rec" ]; then
        phw_undo_record_attached "$_rw_rec" || return 1
        phw_say "$PHW_T_STALE_RECORD" "$_rw_rec"
    fi
    # Backups left without their journal are kept: they may hold this host's own folders.
    phw_say "$PHW_T_NOTHING_TO_UNDO"
}

phw_check_only() {
    # --check=ID: exit 0 when the step is done. A step found done after an interruption
    # has its frame closed, as a run would.
    PHW_STEP=$PHW_ONLY
    phw_step_fn "$PHW_ONLY"
    "phw_check_$PHW_FN" || return 1
    phw_open_step
    if [ "$PHW_OPEN" = "$PHW_ONLY" ] && phw_lock; then
        phw_open_step
        [ "$PHW_OPEN" != "$PHW_ONLY" ] || phw_journal "done $PHW_ONLY"
    fi
    return 0
}

phw_lock_is_stale() {
    # The lock's owner ran on this host and its process is gone (killed with -9, say).
    # shellcheck disable=SC2046 # owner is "HOST pid PID": three words
    set -- $(cat "$PHW_STATE/lock/owner" 2>/dev/null)
    phw_hostname
    [ "${1:-}" = "$PHW_HOSTNAME" ] && [ -n "${3:-}" ] && ! kill -0 "$3" 2>/dev/null
}

phw_hostname() {
    # Sets PHW_HOSTNAME to this host's name, read from the kernel when it can be.
    if [ -r /proc/sys/kernel/hostname ] && read -r PHW_HOSTNAME </proc/sys/kernel/hostname; then
        return 0
    fi
    PHW_HOSTNAME=$(hostname)
}

phw_lock() {
    # The tool's state folder (journal, backups) is root's only.
    { [ -d "$PHW_STATE" ] || mkdir -p "$PHW_STATE"; } && chmod 0700 "$PHW_STATE" || return 1
    if [ -d "$PHW_STATE/lock" ] && phw_lock_is_stale; then
        phw_say "$PHW_T_STALE_LOCK" "$(cat "$PHW_STATE/lock/owner" 2>/dev/null)"
        rm -rf "$PHW_STATE/lock"
    fi
    if ! mkdir "$PHW_STATE/lock" 2>/dev/null; then
        phw_err "$PHW_T_LOCKED" "$PHW_STATE/lock" "$(cat "$PHW_STATE/lock/owner" 2>/dev/null)"
        return 1
    fi
    phw_hostname
    printf '%s pid %s\n' "$PHW_HOSTNAME" "$$" >"$PHW_STATE/lock/owner"
    trap 'phw_unlock' EXIT
    trap 'exit 130' INT TERM HUP
}

phw_unlock() {
    rm -rf "$PHW_STATE/lock"
}

# ---- guards: what every run checks before it changes anything ---------------------------
phw_refuse() {
    # phw_refuse FORMAT [ARG...]: a reason to stop. A dry run tells it and goes on.
    if [ "$PHW_DRY" = 1 ]; then
        _rf_f=$1
        shift
        # shellcheck disable=SC2059 # the format comes from the script's own message table
        printf "[%s]   $PHW_T_WOULD_REFUSE $_rf_f\n" "$PHW_HOST" "$@"
        return 1
    fi
    phw_err "$@"
}

phw_is_mount_point() {
    # phw_is_mount_point PATH: a file system (NFS, or any other: a bind mount counts) is
    # mounted at PATH itself; a folder of its parent's file system is not.
    _mp_real=$(cd -P -- "$1" 2>/dev/null && pwd -P) || return 1
    if [ -r /proc/self/mountinfo ]; then
        # Field 5: the mount point, as this process sees it (its root, a chroot included).
        # Spaces and backslashes would be escaped there; the engine allows none in the path.
        awk -v p="$_mp_real" '$5 == p { f = 1; exit } END { exit !f }' /proc/self/mountinfo
        return
    fi
    # Without /proc: another device than the parent's (a bind mount of the same file
    # system is not seen this way).
    [ "$(stat -c %d "$_mp_real" 2>/dev/null)" != "$(stat -c %d "$_mp_real/.." 2>/dev/null)" ]
}

phw_guard_share() {
    # The share is mounted on this host. Unmounted, the primary would move its
    # configuration and data onto its own disk, hidden the moment the share is mounted.
    phw_is_mount_point "$PHW_NFS_MOUNT" && return 0
    phw_refuse "$PHW_T_SHARE_NOT_MOUNTED" "$PHW_NFS_MOUNT"
}

phw_machine_id() {
    # Sets PHW_MACHINE_ID to this machine's /etc/machine-id, or "-".
    PHW_MACHINE_ID=-
    for _mi_f in /etc/machine-id /var/lib/dbus/machine-id; do
        if [ -s "$_mi_f" ] && read -r _mi_v <"$_mi_f" && [ -n "$_mi_v" ]; then
            PHW_MACHINE_ID=$_mi_v
            return 0
        fi
    done
}

phw_same_name() {
    # phw_same_name A B: one host name, case aside, in full or by its first label
    # (web1 and web1.example.org).
    _sn_a=$(printf '%s' "$1" | tr '[:upper:]' '[:lower:]')
    _sn_b=$(printf '%s' "$2" | tr '[:upper:]' '[:lower:]')
    [ -n "$_sn_a" ] && [ -n "$_sn_b" ] || return 1
    [ "$_sn_a" = "$_sn_b" ] || [ "${_sn_a%%.*}" = "${_sn_b%%.*}" ]
}

phw_guard_identity() {
    # phw_guard_identity MODE: this is the host the script was exported for.
    # Once a run has changed this host, its name in the deployment and its machine-id are
    # recorded in the state folder, and every later run (rollback too) must match them. On
    # a host without that record, the kernel's host name must be the deployment's host
    # name or its address (full or short), or the operator says --host-is=NAME. The
    # runner (--step, --check) reached the host at its address with its known host key:
    # there, a different name is a note, not a refusal; the record is checked all the same.
    phw_machine_id
    if [ -f "$PHW_STATE/host" ]; then
        _gi_name='' _gi_mid=''
        read -r _gi_name _gi_mid <"$PHW_STATE/host"
        if [ "$_gi_name" != "$PHW_HOST" ]; then
            phw_refuse "$PHW_T_RECORDED_OTHER_HOST" "$PHW_DEPLOYMENT" "$_gi_name" "$PHW_HOST"
            return 1
        fi
        if [ "${_gi_mid:--}" != - ] && [ "$PHW_MACHINE_ID" != - ] &&
            [ "$_gi_mid" != "$PHW_MACHINE_ID" ]; then
            phw_refuse "$PHW_T_RECORDED_OTHER_MACHINE" "$PHW_DEPLOYMENT" "$_gi_mid" \
                "$PHW_MACHINE_ID" "$PHW_STATE/host"
            return 1
        fi
        return 0
    fi
    if [ -n "$PHW_HOST_IS" ]; then
        [ "$PHW_HOST_IS" = "$PHW_HOST" ] && return 0
        phw_refuse "$PHW_T_HOST_IS_OTHER" "$PHW_HOST_IS" "$PHW_HOST"
        return 1
    fi
    phw_hostname
    phw_same_name "$PHW_HOSTNAME" "$PHW_HOST" && return 0
    case $PHW_HOST_ADDRESS in
    *:*) ;; # an IPv6 address
    *[!0-9.]*) phw_same_name "$PHW_HOSTNAME" "$PHW_HOST_ADDRESS" && return 0 ;; # a DNS name
    esac
    case $1 in
    step | check)
        # Said once: the first step records the identity.
        phw_say "$PHW_T_NAME_DIFFERS" "$PHW_HOSTNAME" "$PHW_HOST" "$PHW_HOST_ADDRESS"
        return 0
        ;;
    rollback)
        # Nothing of this deployment here: the rollback changes nothing, and says why.
        if [ ! -s "$PHW_JOURNAL" ]; then
            phw_say "$PHW_T_NOTHING_HERE" "$PHW_HOSTNAME" "$PHW_HOST" "$PHW_DEPLOYMENT"
            return 0
        fi
        ;;
    esac
    phw_refuse "$PHW_T_WRONG_HOST" "$PHW_HOSTNAME" "$PHW_HOST" "$PHW_HOST"
}

phw_record_identity() {
    # After the lock: the record phw_guard_identity checks, written once.
    [ -f "$PHW_STATE/host" ] && return 0
    printf '%s %s\n' "$PHW_HOST" "$PHW_MACHINE_ID" >"$PHW_STATE/host.phw-new" &&
        mv -f "$PHW_STATE/host.phw-new" "$PHW_STATE/host"
}

phw_other_deployment() {
    # Prints the name of another deployment whose journal on this host is not empty.
    set +f
    for _od_j in "$PHW_STATE_ROOT"/*/journal; do
        _od_n=${_od_j%/journal}
        _od_n=${_od_n##*/}
        if [ "$_od_n" != "$PHW_DEPLOYMENT" ] && [ -s "$_od_j" ]; then
            set -f
            printf '%s\n' "$_od_n"
            return 0
        fi
    done
    set -f
    return 1
}

phw_guard_deployment() {
    # phw_guard_deployment MODE: a host takes part in one deployment. A renamed deployment
    # would stack a second installation on the first, and its rollback would find nothing.
    _gd_other=$(phw_other_deployment) || return 0
    if [ "$1" = rollback ]; then
        # Undoing this deployment's own journal is always right; without one, the
        # operator meant the other deployment.
        [ -s "$PHW_JOURNAL" ] && return 0
        phw_refuse "$PHW_T_ROLLBACK_OTHER_DEPLOYMENT" "$PHW_DEPLOYMENT" "$_gd_other" "$_gd_other"
        return 1
    fi
    phw_refuse "$PHW_T_OTHER_DEPLOYMENT" "$_gd_other" "$PHW_STATE_ROOT/$_gd_other/journal" \
        "$PHW_DEPLOYMENT" "$_gd_other"
}

phw_guards() {
    # phw_guards MODE: every guard, each one telling its reason; 1 when one refuses.
    _g_rc=0
    phw_guard_share || _g_rc=1
    phw_guard_identity "$1" || _g_rc=1
    phw_guard_deployment "$1" || _g_rc=1
    return $_g_rc
}

phw_main() {
    _mode=apply
    PHW_HOST_IS=
    for _a in "$@"; do
        case $_a in
        --dry-run) _mode=dry ;;
        --host-is=*) PHW_HOST_IS=${_a#--host-is=} ;;
        --rollback) _mode=rollback ;;
        --step=*) _mode=step PHW_ONLY=${_a#--step=} ;;
        --check=*) _mode=check PHW_ONLY=${_a#--check=} ;;
        --journal) _mode=journal ;;
        --help | -h)
            printf '%s\n' "$PHW_T_USAGE"
            return 0
            ;;
        *)
            phw_err "$PHW_T_BAD_OPTION" "$_a"
            printf '%s\n' "$PHW_T_USAGE" >&2
            return 2
            ;;
        esac
    done
    if [ "$(id -u)" != 0 ]; then
        phw_err "$PHW_T_NOT_ROOT"
        return 1
    fi
    case $_mode in
    dry)
        PHW_DRY=1
        phw_guards dry
        phw_steps
        return
        ;;
    journal)
        # The host's journal as it is, for the runner and the operator.
        [ ! -f "$PHW_JOURNAL" ] || cat "$PHW_JOURNAL"
        return
        ;;
    esac
    # Before anything changes on this host (the lock included).
    phw_guards "$_mode" || return 1
    if [ "$_mode" = check ]; then
        phw_check_only
        return
    fi
    phw_lock || return 1
    if [ "$_mode" != rollback ]; then
        phw_record_identity || return 1
    fi
    case $_mode in
    rollback)
        phw_rollback || return 1
        ;;
    apply)
        phw_steps || return 1
        phw_say "$PHW_T_ALL_DONE"
        ;;
    step)
        phw_steps || return 1
        return "$PHW_WAS_DONE"
        ;;
    esac
}

# ---- étapes de web2 ----

# 1/24 accounts.hobo: Compte système hobo (UID 2102, GID 2102)
phw_check_accounts_hobo() {
    phw_has_account hobo 2102 2102
}
phw_apply_accounts_hobo() {
    phw_group hobo 2102 || return 1
    phw_user hobo 2102 2102 /var/lib/hobo || return 1
}

# 2/24 accounts.authentic-multitenant: Compte système authentic-multitenant (UID 2103, GID 2103)
phw_check_accounts_authentic_multitenant() {
    phw_has_account authentic-multitenant 2103 2103
}
phw_apply_accounts_authentic_multitenant() {
    phw_group authentic-multitenant 2103 || return 1
    phw_user authentic-multitenant 2103 2103 /var/lib/authentic2-multitenant || return 1
}

# 3/24 accounts.wcs: Compte système wcs (UID 2104, GID 2104)
phw_check_accounts_wcs() {
    phw_has_account wcs 2104 2104
}
phw_apply_accounts_wcs() {
    phw_group wcs 2104 || return 1
    phw_user wcs 2104 2104 /var/lib/wcs || return 1
}

# 4/24 accounts.passerelle: Compte système passerelle (UID 2105, GID 2105)
phw_check_accounts_passerelle() {
    phw_has_account passerelle 2105 2105
}
phw_apply_accounts_passerelle() {
    phw_group passerelle 2105 || return 1
    phw_user passerelle 2105 2105 /var/lib/passerelle || return 1
}

# 5/24 accounts.combo: Compte système combo (UID 2106, GID 2106)
phw_check_accounts_combo() {
    phw_has_account combo 2106 2106
}
phw_apply_accounts_combo() {
    phw_group combo 2106 || return 1
    phw_user combo 2106 2106 /var/lib/combo || return 1
}

# 6/24 accounts.fargo: Compte système fargo (UID 2107, GID 2107)
phw_check_accounts_fargo() {
    phw_has_account fargo 2107 2107
}
phw_apply_accounts_fargo() {
    phw_group fargo 2107 || return 1
    phw_user fargo 2107 2107 /var/lib/fargo || return 1
}

# 7/24 accounts.chrono: Compte système chrono (UID 2108, GID 2108)
phw_check_accounts_chrono() {
    phw_has_account chrono 2108 2108
}
phw_apply_accounts_chrono() {
    phw_group chrono 2108 || return 1
    phw_user chrono 2108 2108 /var/lib/chrono || return 1
}

# 8/24 accounts.bijoe: Compte système bijoe (UID 2109, GID 2109)
phw_check_accounts_bijoe() {
    phw_has_account bijoe 2109 2109
}
phw_apply_accounts_bijoe() {
    phw_group bijoe 2109 || return 1
    phw_user bijoe 2109 2109 /var/lib/bijoe || return 1
}

# 9/24 attach.hobo: Relier hobo au partage
phw_check_attach_hobo() {
    phw_is_recorded_attached /srv/nfs/.publik-ha-wizard/quatrehotes/attached && phw_is_attached /srv/nfs/publik/etc/hobo /etc/hobo && phw_is_attached /srv/nfs/publik/var/lib/hobo /var/lib/hobo
}
phw_apply_attach_hobo() {
    phw_require_mounted /srv/nfs || return 1
    phw_record_attached /srv/nfs/.publik-ha-wizard/quatrehotes/attached || return 1
    phw_attach /srv/nfs/publik/etc/hobo /etc/hobo || return 1
    phw_attach /srv/nfs/publik/var/lib/hobo /var/lib/hobo || return 1
}

# 10/24 attach.hobo-agent: Relier hobo-agent au partage
phw_check_attach_hobo_agent() {
    phw_is_attached /srv/nfs/publik/etc/hobo-agent /etc/hobo-agent
}
phw_apply_attach_hobo_agent() {
    phw_require_mounted /srv/nfs || return 1
    phw_attach /srv/nfs/publik/etc/hobo-agent /etc/hobo-agent || return 1
}

# 11/24 attach.authentic2-multitenant: Relier authentic2-multitenant au partage
phw_check_attach_authentic2_multitenant() {
    phw_is_attached /srv/nfs/publik/etc/authentic2-multitenant /etc/authentic2-multitenant && phw_is_attached /srv/nfs/publik/var/lib/authentic2-multitenant /var/lib/authentic2-multitenant
}
phw_apply_attach_authentic2_multitenant() {
    phw_require_mounted /srv/nfs || return 1
    phw_attach /srv/nfs/publik/etc/authentic2-multitenant /etc/authentic2-multitenant || return 1
    phw_attach /srv/nfs/publik/var/lib/authentic2-multitenant /var/lib/authentic2-multitenant || return 1
}

# 12/24 attach.wcs: Relier wcs au partage
phw_check_attach_wcs() {
    phw_is_attached /srv/nfs/publik/etc/wcs /etc/wcs && phw_is_attached /srv/nfs/publik/var/lib/wcs /var/lib/wcs
}
phw_apply_attach_wcs() {
    phw_require_mounted /srv/nfs || return 1
    phw_attach /srv/nfs/publik/etc/wcs /etc/wcs || return 1
    phw_attach /srv/nfs/publik/var/lib/wcs /var/lib/wcs || return 1
}

# 13/24 attach.passerelle: Relier passerelle au partage
phw_check_attach_passerelle() {
    phw_is_attached /srv/nfs/publik/etc/passerelle /etc/passerelle && phw_is_attached /srv/nfs/publik/var/lib/passerelle /var/lib/passerelle
}
phw_apply_attach_passerelle() {
    phw_require_mounted /srv/nfs || return 1
    phw_attach /srv/nfs/publik/etc/passerelle /etc/passerelle || return 1
    phw_attach /srv/nfs/publik/var/lib/passerelle /var/lib/passerelle || return 1
}

# 14/24 attach.combo: Relier combo au partage
phw_check_attach_combo() {
    phw_is_attached /srv/nfs/publik/etc/combo /etc/combo && phw_is_attached /srv/nfs/publik/var/lib/combo /var/lib/combo
}
phw_apply_attach_combo() {
    phw_require_mounted /srv/nfs || return 1
    phw_attach /srv/nfs/publik/etc/combo /etc/combo || return 1
    phw_attach /srv/nfs/publik/var/lib/combo /var/lib/combo || return 1
}

# 15/24 attach.fargo: Relier fargo au partage
phw_check_attach_fargo() {
    phw_is_attached /srv/nfs/publik/etc/fargo /etc/fargo && phw_is_attached /srv/nfs/publik/var/lib/fargo /var/lib/fargo
}
phw_apply_attach_fargo() {
    phw_require_mounted /srv/nfs || return 1
    phw_attach /srv/nfs/publik/etc/fargo /etc/fargo || return 1
    phw_attach /srv/nfs/publik/var/lib/fargo /var/lib/fargo || return 1
}

# 16/24 attach.chrono: Relier chrono au partage
phw_check_attach_chrono() {
    phw_is_attached /srv/nfs/publik/etc/chrono /etc/chrono && phw_is_attached /srv/nfs/publik/var/lib/chrono /var/lib/chrono
}
phw_apply_attach_chrono() {
    phw_require_mounted /srv/nfs || return 1
    phw_attach /srv/nfs/publik/etc/chrono /etc/chrono || return 1
    phw_attach /srv/nfs/publik/var/lib/chrono /var/lib/chrono || return 1
}

# 17/24 attach.bijoe: Relier bijoe au partage
phw_check_attach_bijoe() {
    phw_is_attached /srv/nfs/publik/etc/bijoe /etc/bijoe && phw_is_attached /srv/nfs/publik/var/lib/bijoe /var/lib/bijoe
}
phw_apply_attach_bijoe() {
    phw_require_mounted /srv/nfs || return 1
    phw_attach /srv/nfs/publik/etc/bijoe /etc/bijoe || return 1
    phw_attach /srv/nfs/publik/var/lib/bijoe /var/lib/bijoe || return 1
}

# 18/24 attach.nginx: Relier la configuration nginx au partage
phw_check_attach_nginx() {
    phw_is_attached_optional /srv/nfs/publik/etc/nginx/conf.d /etc/nginx/conf.d && phw_is_attached_optional /srv/nfs/publik/etc/nginx/includes /etc/nginx/includes && phw_is_attached_optional /srv/nfs/publik/etc/nginx/sites-available /etc/nginx/sites-available && phw_is_attached_optional /srv/nfs/publik/etc/nginx/sites-enabled /etc/nginx/sites-enabled
}
phw_apply_attach_nginx() {
    phw_service_stop nginx || return 1
    phw_attach_optional /srv/nfs/publik/etc/nginx/conf.d /etc/nginx/conf.d || return 1
    phw_attach_optional /srv/nfs/publik/etc/nginx/includes /etc/nginx/includes || return 1
    phw_attach_optional /srv/nfs/publik/etc/nginx/sites-available /etc/nginx/sites-available || return 1
    phw_attach_optional /srv/nfs/publik/etc/nginx/sites-enabled /etc/nginx/sites-enabled || return 1
    phw_service_start nginx || return 1
}

# 19/24 attach.www: Relier les éléments web statiques au partage
phw_check_attach_www() {
    phw_is_attached /srv/nfs/publik/var/www/html /var/www/html
}
phw_apply_attach_www() {
    phw_attach /srv/nfs/publik/var/www/html /var/www/html || return 1
}

# 20/24 attach.apt: Relier les dépôts et préférences APT au partage
phw_check_attach_apt() {
    phw_is_attached /srv/nfs/publik/etc/apt/sources.list.d /etc/apt/sources.list.d && phw_is_attached /srv/nfs/publik/etc/apt/preferences.d /etc/apt/preferences.d
}
phw_apply_attach_apt() {
    phw_attach /srv/nfs/publik/etc/apt/sources.list.d /etc/apt/sources.list.d || return 1
    phw_attach /srv/nfs/publik/etc/apt/preferences.d /etc/apt/preferences.d || return 1
}

# 21/24 packages.secondary: Paquets Publik, en gardant les fichiers de configuration partagés
phw_check_packages_secondary() {
    phw_has_packages hobo hobo-agent authentic2-multitenant wcs wcs-au-quotidien passerelle combo fargo chrono bijoe
}
phw_apply_packages_secondary() {
    phw_apt_update || return 1
    phw_apt_install hobo hobo-agent authentic2-multitenant wcs wcs-au-quotidien passerelle combo fargo chrono bijoe || return 1
}

# 22/24 packages.from-primary: Paquets présents sur l'hôte principal et absents de cet hôte
phw_check_packages_from_primary() {
    phw_has_packages_from_list /srv/nfs/.publik-ha-wizard/quatrehotes/packages-primary.list publik-base-theme python3-combo-plugin-macollectivite gettext
}
phw_apply_packages_from_primary() {
    phw_apt_install_from_list /srv/nfs/.publik-ha-wizard/quatrehotes/packages-primary.list publik-base-theme python3-combo-plugin-macollectivite gettext || return 1
}

# 23/24 crons.disable: Crons Publik désactivés sur cet hôte secondaire
phw_check_crons_disable() {
    phw_crons_disabled /etc/cron.d/authentic2-multitenant /etc/cron.d/wcs /etc/cron.d/passerelle /etc/cron.hourly/python-combo /etc/cron.hourly/fargo
}
phw_apply_crons_disable() {
    phw_comment_out /etc/cron.d/authentic2-multitenant || return 1
    phw_comment_out /etc/cron.d/wcs || return 1
    phw_comment_out /etc/cron.d/passerelle || return 1
    phw_comment_out /etc/cron.hourly/python-combo || return 1
    phw_comment_out /etc/cron.hourly/fargo || return 1
}

# 24/24 systemd.requires-mounts: Les services attendent le partage /srv/nfs (RequiresMountsFor)
phw_check_systemd_requires_mounts() {
    phw_check_file /etc/systemd/system/hobo.service.d/wait-for-nfs.conf root root 0644 phw_content_systemd_requires_mounts_1 && phw_check_file /etc/systemd/system/supervisor.service.d/wait-for-nfs.conf root root 0644 phw_content_systemd_requires_mounts_2 && phw_check_file /etc/systemd/system/authentic2-multitenant.service.d/wait-for-nfs.conf root root 0644 phw_content_systemd_requires_mounts_3 && phw_check_file /etc/systemd/system/wcs.service.d/wait-for-nfs.conf root root 0644 phw_content_systemd_requires_mounts_4 && phw_check_file /etc/systemd/system/passerelle.service.d/wait-for-nfs.conf root root 0644 phw_content_systemd_requires_mounts_5 && phw_check_file /etc/systemd/system/combo.service.d/wait-for-nfs.conf root root 0644 phw_content_systemd_requires_mounts_6 && phw_check_file /etc/systemd/system/fargo.service.d/wait-for-nfs.conf root root 0644 phw_content_systemd_requires_mounts_7 && phw_check_file /etc/systemd/system/chrono.service.d/wait-for-nfs.conf root root 0644 phw_content_systemd_requires_mounts_8 && phw_check_file /etc/systemd/system/bijoe.service.d/wait-for-nfs.conf root root 0644 phw_content_systemd_requires_mounts_9
}
phw_apply_systemd_requires_mounts() {
    phw_reload_on_undo || return 1
    phw_mkdir /etc/systemd/system/hobo.service.d root root 0755 || return 1
    phw_content_systemd_requires_mounts_1 | phw_file /etc/systemd/system/hobo.service.d/wait-for-nfs.conf root root 0644 || return 1
    phw_mkdir /etc/systemd/system/supervisor.service.d root root 0755 || return 1
    phw_content_systemd_requires_mounts_2 | phw_file /etc/systemd/system/supervisor.service.d/wait-for-nfs.conf root root 0644 || return 1
    phw_mkdir /etc/systemd/system/authentic2-multitenant.service.d root root 0755 || return 1
    phw_content_systemd_requires_mounts_3 | phw_file /etc/systemd/system/authentic2-multitenant.service.d/wait-for-nfs.conf root root 0644 || return 1
    phw_mkdir /etc/systemd/system/wcs.service.d root root 0755 || return 1
    phw_content_systemd_requires_mounts_4 | phw_file /etc/systemd/system/wcs.service.d/wait-for-nfs.conf root root 0644 || return 1
    phw_mkdir /etc/systemd/system/passerelle.service.d root root 0755 || return 1
    phw_content_systemd_requires_mounts_5 | phw_file /etc/systemd/system/passerelle.service.d/wait-for-nfs.conf root root 0644 || return 1
    phw_mkdir /etc/systemd/system/combo.service.d root root 0755 || return 1
    phw_content_systemd_requires_mounts_6 | phw_file /etc/systemd/system/combo.service.d/wait-for-nfs.conf root root 0644 || return 1
    phw_mkdir /etc/systemd/system/fargo.service.d root root 0755 || return 1
    phw_content_systemd_requires_mounts_7 | phw_file /etc/systemd/system/fargo.service.d/wait-for-nfs.conf root root 0644 || return 1
    phw_mkdir /etc/systemd/system/chrono.service.d root root 0755 || return 1
    phw_content_systemd_requires_mounts_8 | phw_file /etc/systemd/system/chrono.service.d/wait-for-nfs.conf root root 0644 || return 1
    phw_mkdir /etc/systemd/system/bijoe.service.d root root 0755 || return 1
    phw_content_systemd_requires_mounts_9 | phw_file /etc/systemd/system/bijoe.service.d/wait-for-nfs.conf root root 0644 || return 1
    phw_daemon_reload || return 1
}
phw_content_systemd_requires_mounts_1() {
    printf '%s' '[Unit]
RequiresMountsFor=/srv/nfs
'
}
phw_content_systemd_requires_mounts_2() {
    printf '%s' '[Unit]
RequiresMountsFor=/srv/nfs
'
}
phw_content_systemd_requires_mounts_3() {
    printf '%s' '[Unit]
RequiresMountsFor=/srv/nfs
'
}
phw_content_systemd_requires_mounts_4() {
    printf '%s' '[Unit]
RequiresMountsFor=/srv/nfs
'
}
phw_content_systemd_requires_mounts_5() {
    printf '%s' '[Unit]
RequiresMountsFor=/srv/nfs
'
}
phw_content_systemd_requires_mounts_6() {
    printf '%s' '[Unit]
RequiresMountsFor=/srv/nfs
'
}
phw_content_systemd_requires_mounts_7() {
    printf '%s' '[Unit]
RequiresMountsFor=/srv/nfs
'
}
phw_content_systemd_requires_mounts_8() {
    printf '%s' '[Unit]
RequiresMountsFor=/srv/nfs
'
}
phw_content_systemd_requires_mounts_9() {
    printf '%s' '[Unit]
RequiresMountsFor=/srv/nfs
'
}

phw_steps() {
    phw_run_step 1 24 accounts.hobo 'Compte système hobo (UID 2102, GID 2102)' || return 1
    phw_run_step 2 24 accounts.authentic-multitenant 'Compte système authentic-multitenant (UID 2103, GID 2103)' || return 1
    phw_run_step 3 24 accounts.wcs 'Compte système wcs (UID 2104, GID 2104)' || return 1
    phw_run_step 4 24 accounts.passerelle 'Compte système passerelle (UID 2105, GID 2105)' || return 1
    phw_run_step 5 24 accounts.combo 'Compte système combo (UID 2106, GID 2106)' || return 1
    phw_run_step 6 24 accounts.fargo 'Compte système fargo (UID 2107, GID 2107)' || return 1
    phw_run_step 7 24 accounts.chrono 'Compte système chrono (UID 2108, GID 2108)' || return 1
    phw_run_step 8 24 accounts.bijoe 'Compte système bijoe (UID 2109, GID 2109)' || return 1
    phw_run_step 9 24 attach.hobo 'Relier hobo au partage' || return 1
    phw_run_step 10 24 attach.hobo-agent 'Relier hobo-agent au partage' || return 1
    phw_run_step 11 24 attach.authentic2-multitenant 'Relier authentic2-multitenant au partage' || return 1
    phw_run_step 12 24 attach.wcs 'Relier wcs au partage' || return 1
    phw_run_step 13 24 attach.passerelle 'Relier passerelle au partage' || return 1
    phw_run_step 14 24 attach.combo 'Relier combo au partage' || return 1
    phw_run_step 15 24 attach.fargo 'Relier fargo au partage' || return 1
    phw_run_step 16 24 attach.chrono 'Relier chrono au partage' || return 1
    phw_run_step 17 24 attach.bijoe 'Relier bijoe au partage' || return 1
    phw_run_step 18 24 attach.nginx 'Relier la configuration nginx au partage' || return 1
    phw_run_step 19 24 attach.www 'Relier les éléments web statiques au partage' || return 1
    phw_run_step 20 24 attach.apt 'Relier les dépôts et préférences APT au partage' || return 1
    phw_run_step 21 24 packages.secondary 'Paquets Publik, en gardant les fichiers de configuration partagés' || return 1
    phw_run_step 22 24 packages.from-primary 'Paquets présents sur l'\''hôte principal et absents de cet hôte' || return 1
    phw_run_step 23 24 crons.disable 'Crons Publik désactivés sur cet hôte secondaire' || return 1
    phw_run_step 24 24 systemd.requires-mounts 'Les services attendent le partage /srv/nfs (RequiresMountsFor)' || return 1
}

phw_main "$@"
