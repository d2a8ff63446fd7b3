#!/bin/sh
# Writes the man page of publik-ha-wizard from the program's own --help and --version, so
# that the page cannot drift from the program.
#   sh installer/man-from-help.sh PROGRAM LANG DATE OUTPUT
# LANG: en or fr (the language of the help, and of the page). DATE: the page's date.
# The help's layout (app/cli/cli.cpp, usageText()): "Usage: LINE" and indented
# "publik-ha-wizard ..." lines (SYNOPSIS), prose (DESCRIPTION), then sections: a line
# "Heading:" (or "Heading :") starts one, an indented "TERM  description" line is an entry
# (a TERM alone on its line takes the more indented lines after it as its description).
set -eu

program=$1
lang=$2
date=$3
output=$4

help=$(PUBLIK_HA_LANG=$lang "$program" --help --lang "$lang")
version=$(PUBLIK_HA_LANG=$lang "$program" --version --lang "$lang")

tmp=$output.tmp
printf '%s\n' "$help" | awk -v version="$version" -v date="$date" -v lang="$lang" '
function esc(s) {
    gsub(/\\/, "\\e", s)
    gsub(/-/, "\\-", s)
    return s
}
function line(s) {
    s = esc(s)
    if (s ~ /^[.\047]/) s = "\\&" s
    print s
}
function trim(s) {
    sub(/^[ \t]+/, "", s)
    sub(/[ \t]+$/, "", s)
    return s
}
BEGIN {
    n = split(version, v, "\n")
    split(v[1], first, " ")
    program = first[1]
    whatis = v[2]
    sub(/ ?:.*$/, "", whatis)
    sub(/\.$/, "", whatis)
    print "\047\\\" -*- coding: UTF-8 -*-"
    print ".\\\" Generated from \"" program " --help\" by installer/man-from-help.sh: do not edit."
    print ".TH " toupper(program) " 1 \"" date "\" \"" program " " first[2] "\" \"" \
        (lang == "fr" ? "Commandes" : "User Commands") "\""
    print ".SH " (lang == "fr" ? "NOM" : "NAME")
    print esc(program) " \\- " esc(whatis)
    print ".SH " (lang == "fr" ? "SYNOPSIS" : "SYNOPSIS")
    state = "synopsis"
}
state == "synopsis" {
    if ($0 ~ /^(Usage|Utilisation) ?:/) {
        s = $0
        sub(/^[^:]*: */, "", s)
    } else if ($0 ~ /^ +[^ ]/ && trim($0) ~ ("^" program)) {
        s = trim($0)
        print ".br"
    } else {
        print ".SH " (lang == "fr" ? "DESCRIPTION" : "DESCRIPTION")
        state = "description"
    }
    if (state == "synopsis") {
        cmd = s; sub(/ .*/, "", cmd)
        rest = s; sub(/^[^ ]* ?/, "", rest)
        print ".B " esc(cmd)
        if (rest != "") line(rest)
        next
    }
}
/^[^ ].*[^ ] ?:$/ {
    heading = $0
    sub(/ ?:$/, "", heading)
    print ".SH " toupper(esc(heading))
    state = "section"
    next
}
/^$/ {
    if (state == "description") paragraph = 1
    next
}
state == "description" {
    if (paragraph) print ".PP"
    paragraph = 0
    line(trim($0))
    next
}
state == "section" && /^  [^ ]/ {
    s = substr($0, 3)
    i = index(s, "  ")
    print ".TP"
    if (i > 0) {
        print ".B \"" esc(substr(s, 1, i - 1)) "\""
        line(trim(substr(s, i)))
    } else {
        print ".B \"" esc(s) "\""
    }
    next
}
state == "section" && /^   / {
    line(trim($0))
    next
}
{ line(trim($0)) }
' >"$tmp"
mv "$tmp" "$output"
