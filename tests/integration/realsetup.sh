#!/bin/sh
# realsetup.sh WHAT: prepares the empty directory a real command of realcmds.cmake runs in
# (compare.py --setup runs it before each tracer, untraced), so that both runs find the
# same files: a git repository with one commit, a C file, a Makefile, a tarball ...
set -e
git() { command git -c user.name=x -c user.email=y "$@"; }
export HOME="$PWD" GIT_CONFIG_NOSYSTEM=1 GIT_AUTHOR_DATE="2000-01-01 00:00 +0000" GIT_COMMITTER_DATE="2000-01-01 00:00 +0000"
case "$1" in
gitdir)
	git init -q r
	echo a > r/f
	;;
gitrepo)
	git init -q r
	echo a > r/f
	git -C r add f
	git -C r commit -qm first
	echo b >> r/f
	;;
csource)
	printf '#include <stdio.h>\nint main(void) { puts("hi"); return 0; }\n' > hello.c
	;;
makefile)
	printf 'all: a b\na:\n\techo a > a\nb: a\n\tcat a > b\n' > Makefile
	;;
tarball)
	mkdir -p d/e
	echo a > d/f
	echo b > d/e/g
	touch -d @0 d/f d/e/g d/e d
	tar -czf t.tgz d
	tar -cf t.tar d
	;;
files)
	mkdir -p d/e
	for i in 1 2 3; do echo "$i" > "d/f$i"; done
	echo x > d/e/g
	touch -d @0 d/f1 d/f2 d/f3 d/e/g d/e d
	;;
chroot)
	# the smallest root a dynamic program runs in: true, the C library, the loader
	mkdir -p root/bin root/lib/x86_64-linux-gnu root/lib64
	cp /bin/true root/bin/
	cp /lib/x86_64-linux-gnu/libc.so.6 root/lib/x86_64-linux-gnu/
	cp /lib64/ld-linux-x86-64.so.2 root/lib64/
	;;
tcl)
	printf 'set x [expr {6 * 7}]\nputs "x=$x"\n' > s.tcl
	;;
numbers)
	seq 100000 -1 1 > numbers
	;;
cproj)
	# two translation units and a link: make -j2 runs the compilers side by side
	printf 'int two(void);\nint main(void) { return two() - 2; }\n' > main.c
	printf 'int two(void) { return 2; }\n' > two.c
	printf 'prog: main.o two.o\n\tgcc -o prog main.o two.o\n%%.o: %%.c\n\tgcc -c -o $@ $<\n' > Makefile
	;;
cmakeproj)
	mkdir -p p
	printf 'cmake_minimum_required(VERSION 3.13)\nproject(tiny C)\nadd_executable(tiny tiny.c)\n' > p/CMakeLists.txt
	printf 'int main(void) { return 0; }\n' > p/tiny.c
	;;
sshkey)
	echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGGlKLVm1nBifQvdjoDbxiO8NENBC+ssoLLlUcQ3yTNC test' > k.pub
	;;
*)
	echo "realsetup.sh: unknown setup: $1" >&2
	exit 1
	;;
esac
