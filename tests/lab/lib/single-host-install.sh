#!/bin/sh
# single-host-install.sh - run as root inside the booted web1 while the lab
# builds its "single-host" state: Publik installed the way a single-host
# installation leaves it.
#  1. the users first, with the deployment's UIDs/GIDs, as the procedure's
#     publik-create-users does (so the packages' postinsts find them);
#  2. every Publik package from the local repository;
#  3. conffiles edited by hand, nginx includes, some tenant data.
set -eu
export DEBIAN_FRONTEND=noninteractive

for spec in hobo:2102:hobo authentic-multitenant:2103:authentic2-multitenant \
            wcs:2104:wcs passerelle:2105:passerelle combo:2106:combo fargo:2107:fargo \
            chrono:2108:chrono bijoe:2109:bijoe; do
  user=${spec%%:*}; rest=${spec#*:}; id=${rest%%:*}; dir=${rest#*:}
  groupadd --system --gid "$id" "$user"
  useradd --system --uid "$id" --gid "$id" --home-dir "/var/lib/$dir" --no-create-home \
    --shell /bin/false --comment "$dir daemon,,," "$user"
done

apt-get install -y -q hobo hobo-agent authentic2-multitenant wcs wcs-au-quotidien combo \
  fargo passerelle chrono bijoe publik-base-theme python3-combo-plugin-macollectivite

# Conffiles edited by the single-host installation: installing the packages
# on a secondary meets dpkg's conffile question unless it keeps these.
echo 'TEMPLATE_VARS = {"site": "lab"}  # edited by the single-host installation' >>/etc/combo/settings.py
echo 'ALLOWED_HOSTS = ["*"]  # edited by the single-host installation' >>/etc/wcs/settings.py
sed -i 's/^\*\/5 /*\/10 /' /etc/cron.d/passerelle

# nginx: Publik's vhosts and includes.
mkdir -p /etc/nginx/includes
cat >/etc/nginx/includes/publik-common.conf <<'CONF'
# common settings of the Publik vhosts (lab)
client_max_body_size 50M;
CONF
cat >/etc/nginx/sites-available/publik-lab.conf <<'CONF'
server {
    listen 80;
    server_name combo.lab.example;
    include /etc/nginx/includes/publik-common.conf;
    root /var/www/html;
}
CONF
ln -s ../sites-available/publik-lab.conf /etc/nginx/sites-enabled/publik-lab.conf
nginx -t
service nginx reload

# Tenant data.
for c in hobo authentic2-multitenant combo fargo passerelle chrono bijoe; do
  t=/var/lib/$c/tenants/$c.lab.example
  mkdir -p "$t/media"
  printf '{"tenant": "%s.lab.example"}\n' "$c" >"$t/settings.json"
  printf 'media of %s\n' "$c" >"$t/media/logo.txt"
done
mkdir -p /var/lib/wcs/wcs.lab.example/forms
printf 'form data\n' >/var/lib/wcs/wcs.lab.example/forms/1
chown -R hobo: /var/lib/hobo
chown -R authentic-multitenant: /var/lib/authentic2-multitenant
for c in wcs combo fargo passerelle chrono bijoe; do chown -R "$c": "/var/lib/$c"; done
echo '<p>Publik lab</p>' >/var/www/html/index.html

# Everything the single-host installation runs is running.
for s in hobo authentic2-multitenant wcs combo fargo passerelle chrono bijoe; do
  service "$s" status
done
supervisorctl status hobo-agent
