#!/bin/sh
# Writes version.h from a file the build forgot to create.
exec < build-info/VERSION
read -r v
echo "#define VERSION \"$v\""
