#!/bin/sh
# Exports the Campaign packages of an instance into this repository (run by the platform team's cron).
set -eu
instance="$1"
nlserver export -instance:"$instance" -file:"$instance/packages/export-$(date +%F).xml" -package:cus
