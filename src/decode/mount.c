/*
 * mount.c: decoders for the container and mount calls where the generic printer is not
 * enough: mount ignores its type argument for remounts, binds and moves; flag arguments
 * with no known bit print a PREFIX_??? comment.
 */
#include <sys/mount.h>

#include "decode.h"

/* The kernel reads no type for these: strace prints the pointer. */
static int mount_ignores_type(uint64_t flags)
{
	return (flags & (MS_REMOUNT | MS_BIND | MS_MOVE)) != 0;
}

int dec_mount(struct tracee *t)
{
	uint64_t flags = arg_ulong(t, 3);

	if (exiting(t))
		return 0;
	printpath(t, arg_ulong(t, 0));
	tputs(", ");
	printpath(t, arg_ulong(t, 1));
	tputs(", ");
	if (mount_ignores_type(flags))
		printaddr(arg_ulong(t, 2));
	else
		printstr(t, arg_ulong(t, 2));
	tputs(", ");
	printflags(&xlat_mount_flags, flags, "MS_???");
	tputs(", ");
	printstr(t, arg_ulong(t, 4));
	return DEC_DONE;
}

int dec_unshare(struct tracee *t)
{
	if (exiting(t))
		return 0;
	printflags(&xlat_unshare_flags, arg_ulong(t, 0), "CLONE_???");
	return DEC_DONE;
}

int dec_umount2(struct tracee *t)
{
	if (exiting(t))
		return 0;
	printpath(t, arg_ulong(t, 0));
	tputs(", ");
	printflags(&xlat_umount_flags, (unsigned)arg_ulong(t, 1), "MNT_???");
	return DEC_DONE;
}
