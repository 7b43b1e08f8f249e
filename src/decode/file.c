/*
 * file.c: decoders for calls on paths and files: the open family, the stat family, mknod,
 * file times, getcwd, extended attributes, file_getattr/file_setattr's struct file_attr.
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <time.h>

#include "decode.h"

/* The first argument of calls that come in a path and an f* (descriptor) variant. */
void print_path_or_fd(struct tracee *t, int i)
{
	if (t->se->arg[i] == ARG_FD)
		printfd(t, arg_int(t, i));
	else
		printpath(t, arg_ulong(t, i));
}

/* The mode argument means something only when the call may create a file. */
static int open_takes_mode(uint64_t flags)
{
	return (flags & O_CREAT) || (flags & __O_TMPFILE) == __O_TMPFILE;
}

static int decode_open(struct tracee *t, int first)
{
	uint64_t flags = (uint32_t)arg_ulong(t, first + 1);	/* an int in the kernel */

	printpath(t, arg_ulong(t, first));
	tputs(", ");
	print_open_flags(flags);
	if (open_takes_mode(flags)) {
		tputs(", ");
		print_mode(arg_ulong(t, first + 2));
	}
	return DEC_DONE;
}

int dec_open(struct tracee *t)
{
	if (exiting(t))
		return RVAL_FD;
	return decode_open(t, 0);
}

int dec_openat(struct tracee *t)
{
	if (exiting(t))
		return RVAL_FD;
	print_dirfd(t, arg_int(t, 0));
	tputs(", ");
	return decode_open(t, 1);
}

void print_time_comment(int64_t sec, uint64_t nsec)
{
	tprintf("%" PRId64, sec);
	print_date_comment(sec, nsec, 9);
}

/* makedev(0x1, 0x3), the name of a device number */
static void print_makedev(uint64_t dev)
{
	unsigned ma = major(dev), mi = minor(dev);

	tputs("makedev(");
	tprintf(ma ? "%#x, " : "%u, ", ma);
	tprintf(mi ? "%#x)" : "%u)", mi);
}

/* field=makedev(0x1, 0x3); a NULL field prints the makedev() alone */
void print_dev_field(const char *field, uint64_t dev)
{
	if (field)
		tprintf("%s=", field);
	if (!print_number_styled("%#llx", dev, print_makedev))	/* -X raw, -X verbose */
		print_makedev(dev);
}

/* print_stat_mode in the shape print_number_styled calls back */
static void print_stat_mode_names(uint64_t mode)
{
	print_stat_mode((unsigned)mode);
}

void print_stat_mode(unsigned mode)
{
	const char *type = xlat_name(&xlat_stat_modes, mode & S_IFMT);

	mode &= 0177777;
	if ((type || !(mode & S_IFMT)) && print_number_styled("%#llo", mode, print_stat_mode_names))
		return;	/* -X raw, -X verbose */
	out_mark(OUT_MARK_VERBATIM);	/* strace colours none of it: one word */
	if (type) {
		tprintf("%s|", type);
	} else if (mode & S_IFMT) {
		tprintf("%#o", mode);	/* no such type: all of it in octal */
		out_mark(OUT_MARK_END);
		return;
	}
	for (unsigned i = 0; i < xlat_mode_setid_bits.n; i++) {
		const struct xlat_entry *e = &xlat_mode_setid_bits.e[i];

		if (mode & e->val)
			tprintf("%s|", e->name);
	}
	tprintf("%#03o", mode & 0777);
	out_mark(OUT_MARK_END);
}

/* The fields of struct stat that every ABI has, whatever their widths there. */
struct stat_view {
	uint64_t dev, ino, mode, nlink, uid, gid, rdev, size, blksize, blocks;
	int64_t atime, mtime, ctime;
	uint64_t atime_ns, mtime_ns, ctime_ns;
};

static void print_stat_view(const struct stat_view *s)
{
	if (style_abbrev()) {
		tputs("{st_mode=");
		print_stat_mode(s->mode);
		if (S_ISCHR(s->mode) || S_ISBLK(s->mode))
			print_dev_field(", st_rdev", s->rdev);
		else
			tprintf(", st_size=%" PRIu64, s->size);
		tputs(", ...}");
		return;
	}
	print_dev_field("{st_dev", s->dev);
	tprintf(", st_ino=%" PRIu64 ", st_mode=", s->ino);
	print_stat_mode(s->mode);
	tprintf(", st_nlink=%" PRIu64 ", st_uid=%" PRIu64 ", st_gid=%" PRIu64
		", st_blksize=%" PRIu64 ", st_blocks=%" PRIu64,
		s->nlink, s->uid, s->gid, s->blksize, s->blocks);
	if (S_ISCHR(s->mode) || S_ISBLK(s->mode))
		print_dev_field(", st_rdev", s->rdev);
	else
		tprintf(", st_size=%" PRIu64, s->size);
	tputs(", st_atime=");
	print_time_comment(s->atime, s->atime_ns);
	tprintf(", st_atime_nsec=%" PRIu64 ", st_mtime=", s->atime_ns);
	print_time_comment(s->mtime, s->mtime_ns);
	tprintf(", st_mtime_nsec=%" PRIu64 ", st_ctime=", s->mtime_ns);
	print_time_comment(s->ctime, s->ctime_ns);
	tprintf(", st_ctime_nsec=%" PRIu64 "}", s->ctime_ns);
}

/* struct stat of i386 and arm: 32-bit words, 16-bit mode, link count and ids */
struct stat_32 {
	uint32_t st_dev, st_ino;
	uint16_t st_mode, st_nlink, st_uid, st_gid;
	uint32_t st_rdev, st_size, st_blksize, st_blocks;
	uint32_t st_atime_, st_atime_nsec;
	uint32_t st_mtime_, st_mtime_nsec;
	uint32_t st_ctime_, st_ctime_nsec;
	uint32_t unused[2];
};

static void print_struct_stat_32(struct tracee *t, uint64_t addr)
{
	struct stat_32 st;
	struct stat_view v;

	if (umove_or_printaddr(t, addr, sizeof(st), &st) < 0)
		return;
	v = (struct stat_view){
		.dev = st.st_dev, .ino = st.st_ino, .mode = st.st_mode, .nlink = st.st_nlink,
		.uid = st.st_uid, .gid = st.st_gid, .rdev = st.st_rdev, .size = st.st_size,
		.blksize = st.st_blksize, .blocks = st.st_blocks,
		.atime = st.st_atime_, .atime_ns = st.st_atime_nsec,
		.mtime = st.st_mtime_, .mtime_ns = st.st_mtime_nsec,
		.ctime = st.st_ctime_, .ctime_ns = st.st_ctime_nsec,
	};
	print_stat_view(&v);
}

/* struct stat of the 64-bit ABIs (x86_64's layout; the generic one differs in order). */
void print_struct_stat(struct tracee *t, uint64_t addr)
{
	struct stat st;
	struct stat_view v;

	if (tracee_word_bits(t) == 32) {
		print_struct_stat_32(t, addr);
		return;
	}
	if (umove_or_printaddr(t, addr, sizeof(st), &st) < 0)
		return;
	v = (struct stat_view){
		.dev = st.st_dev, .ino = st.st_ino, .mode = st.st_mode, .nlink = st.st_nlink,
		.uid = st.st_uid, .gid = st.st_gid, .rdev = st.st_rdev, .size = st.st_size,
		.blksize = st.st_blksize, .blocks = st.st_blocks,
		.atime = st.st_atim.tv_sec, .atime_ns = st.st_atim.tv_nsec,
		.mtime = st.st_mtim.tv_sec, .mtime_ns = st.st_mtim.tv_nsec,
		.ctime = st.st_ctim.tv_sec, .ctime_ns = st.st_ctim.tv_nsec,
	};
	print_stat_view(&v);
}

/* struct stat64 of i386 and arm. */
struct stat64_32 {
	uint64_t st_dev;
	uint32_t pad1;
	uint32_t st_ino32;
	uint32_t st_mode;
	uint32_t st_nlink;
	uint32_t st_uid;
	uint32_t st_gid;
	uint64_t st_rdev;
	uint32_t pad2;
	int64_t st_size;
	uint32_t st_blksize;
	uint64_t st_blocks;
	uint32_t st_atime_, st_atime_nsec;
	uint32_t st_mtime_, st_mtime_nsec;
	uint32_t st_ctime_, st_ctime_nsec;
	uint64_t st_ino;
} __attribute__((packed));

/* arm's: the same fields, 64-bit ones 8-byte aligned (104 bytes) */
struct stat64_arm {
	uint64_t st_dev;
	uint32_t pad1;
	uint32_t st_ino32;
	uint32_t st_mode;
	uint32_t st_nlink;
	uint32_t st_uid;
	uint32_t st_gid;
	uint64_t st_rdev;
	uint32_t pad2;
	int64_t st_size;
	uint32_t st_blksize;
	uint64_t st_blocks;
	uint32_t st_atime_, st_atime_nsec;
	uint32_t st_mtime_, st_mtime_nsec;
	uint32_t st_ctime_, st_ctime_nsec;
	uint64_t st_ino;
};

static int read_stat64(struct tracee *t, uint64_t addr, struct stat64_32 *st)
{
	struct stat64_arm a;

	if (!tracee_aligns_u64(t))
		return umove_or_printaddr(t, addr, sizeof(*st), st);
	if (umove_or_printaddr(t, addr, sizeof(a), &a) < 0)
		return -1;
	*st = (struct stat64_32){
		.st_dev = a.st_dev, .st_ino = a.st_ino, .st_mode = a.st_mode,
		.st_nlink = a.st_nlink, .st_uid = a.st_uid, .st_gid = a.st_gid,
		.st_rdev = a.st_rdev, .st_size = a.st_size, .st_blksize = a.st_blksize,
		.st_blocks = a.st_blocks, .st_atime_ = a.st_atime_,
		.st_atime_nsec = a.st_atime_nsec, .st_mtime_ = a.st_mtime_,
		.st_mtime_nsec = a.st_mtime_nsec, .st_ctime_ = a.st_ctime_,
		.st_ctime_nsec = a.st_ctime_nsec,
	};
	return 0;
}

void print_struct_stat64(struct tracee *t, uint64_t addr)
{
	struct stat64_32 st;
	struct stat_view v;

	if (tracee_word_bits(t) == 64) {
		print_struct_stat(t, addr);
		return;
	}
	if (read_stat64(t, addr, &st) < 0)
		return;
	v = (struct stat_view){
		.dev = st.st_dev, .ino = st.st_ino, .mode = st.st_mode, .nlink = st.st_nlink,
		.uid = st.st_uid, .gid = st.st_gid, .rdev = st.st_rdev, .size = st.st_size,
		.blksize = st.st_blksize, .blocks = st.st_blocks,
		.atime = st.st_atime_, .atime_ns = st.st_atime_nsec,
		.mtime = st.st_mtime_, .mtime_ns = st.st_mtime_nsec,
		.ctime = st.st_ctime_, .ctime_ns = st.st_ctime_nsec,
	};
	print_stat_view(&v);
}

/*
 * The sync type is a two-bit field whose zero value strace always names first; under -X
 * raw strace prints a zero sync type as nothing at all ("statx(-100, "/", , 0x7ff, ...").
 */
static void print_statx_flags(uint64_t flags)
{
	uint64_t sync = flags & AT_STATX_SYNC_TYPE;

	if (sync || !xlat_raw())
		printxval(&xlat_statx_flags, sync, NULL);
	flags &= ~(uint64_t)AT_STATX_SYNC_TYPE;
	if (flags) {
		print_flag_sep();
		printflags(&xlat_statx_flags, flags, NULL);
	}
}

static void print_statx_time(const char *name, const struct statx_timestamp *ts)
{
	tprintf("%s={tv_sec=%lld, tv_nsec=%u}", name, (long long)ts->tv_sec, ts->tv_nsec);
	if (!ts->tv_sec && !ts->tv_nsec)
		return;	/* the epoch: no date, as strace */
	print_date_comment(ts->tv_sec, ts->tv_nsec, 9);
}

static void print_struct_statx(struct tracee *t, uint64_t addr)
{
	struct statx sx;

	if (umove_or_printaddr(t, addr, sizeof(sx), &sx) < 0)
		return;
	tputs("{stx_mask=");
	printflags(&xlat_statx_mask, sx.stx_mask, NULL);
	if (!style_abbrev())
		tprintf(", stx_blksize=%u", sx.stx_blksize);
	tputs(", stx_attributes=");
	printflags(&xlat_statx_attrs, sx.stx_attributes, NULL);
	if (!style_abbrev())
		tprintf(", stx_nlink=%u, stx_uid=%u, stx_gid=%u", sx.stx_nlink, sx.stx_uid,
			sx.stx_gid);
	tputs(", stx_mode=");
	print_stat_mode(sx.stx_mode);
	if (!style_abbrev())
		tprintf(", stx_ino=%llu", (unsigned long long)sx.stx_ino);
	tprintf(", stx_size=%llu", (unsigned long long)sx.stx_size);
	if (style_abbrev()) {
		tputs(", ...}");
		return;
	}
	tprintf(", stx_blocks=%llu, stx_attributes_mask=", (unsigned long long)sx.stx_blocks);
	printflags(&xlat_statx_attrs, sx.stx_attributes_mask, NULL);
	/* a time the kernel did not fill in is left out */
	if (sx.stx_mask & STATX_ATIME)
		print_statx_time(", stx_atime", &sx.stx_atime);
	if (sx.stx_mask & STATX_BTIME)
		print_statx_time(", stx_btime", &sx.stx_btime);
	if (sx.stx_mask & STATX_CTIME)
		print_statx_time(", stx_ctime", &sx.stx_ctime);
	if (sx.stx_mask & STATX_MTIME)
		print_statx_time(", stx_mtime", &sx.stx_mtime);
	tprintf(", stx_rdev_major=%u, stx_rdev_minor=%u, stx_dev_major=%u, stx_dev_minor=%u",
		sx.stx_rdev_major, sx.stx_rdev_minor, sx.stx_dev_major, sx.stx_dev_minor);
	if (sx.stx_mask & STATX_MNT_ID)
		tprintf(", stx_mnt_id=%#llx", (unsigned long long)sx.stx_mnt_id);
	tputc('}');
}

int dec_statx(struct tracee *t)
{
	if (entering(t)) {
		print_dirfd(t, arg_int(t, 0));
		tputs(", ");
		printpath(t, arg_ulong(t, 1));
		tputs(", ");
		print_statx_flags(arg_ulong(t, 2));
		tputs(", ");
		printflags(&xlat_statx_mask, (uint32_t)arg_ulong(t, 3), NULL);
		tputs(", ");
		return 0;
	}
	if (t->err)
		printaddr(arg_ulong(t, 4));
	else
		print_struct_statx(t, arg_ulong(t, 4));
	return 0;
}

/* struct open_how; a larger one than ours must be zero past it, or strace shows the rest. */
static void print_open_how(struct tracee *t, uint64_t addr, uint64_t size)
{
	uint64_t how[3];

	if (size < sizeof(how)) {
		printaddr(addr);
		return;
	}
	if (umove_or_printaddr(t, addr, sizeof(how), how) < 0)
		return;
	tputs("{flags=");
	print_open_flags(how[0]);
	if (open_takes_mode(how[0]) || how[1]) {
		/* a 64-bit field, shown whole (print_mode keeps an int's mode bits only) */
		tprintf(", mode=%#03" PRIo64, how[1]);
	}
	tputs(", resolve=");
	printflags(&xlat_resolve_flags, how[2], NULL);
	print_extra_bytes(t, addr, sizeof(how), size);
	tputc('}');
}

int dec_openat2(struct tracee *t)
{
	if (exiting(t))
		return RVAL_FD;
	print_dirfd(t, arg_int(t, 0));
	tputs(", ");
	printpath(t, arg_ulong(t, 1));
	tputs(", ");
	print_open_how(t, arg_ulong(t, 2), arg_ulong(t, 3));
	tprintf(", %" PRIu64, arg_ulong(t, 3));
	return DEC_DONE;
}

/* The device number of mknod is the kernel's 32-bit encoding. */
static void decode_mknod(struct tracee *t, int first)
{
	unsigned mode = arg_ulong(t, first + 1) & 0177777;

	printpath(t, arg_ulong(t, first));
	tputs(", ");
	print_stat_mode(mode);
	if (S_ISCHR(mode) || S_ISBLK(mode)) {
		tputs(", ");
		print_dev_field(NULL, (uint32_t)arg_ulong(t, first + 2));
	}
}

int dec_mknod(struct tracee *t)
{
	if (exiting(t))
		return 0;
	decode_mknod(t, 0);
	return DEC_DONE;
}

int dec_mknodat(struct tracee *t)
{
	if (exiting(t))
		return 0;
	print_dirfd(t, arg_int(t, 0));
	tputs(", ");
	decode_mknod(t, 1);
	return DEC_DONE;
}

/*
 * A time with its date in a comment, which strace leaves out for the epoch itself and for a
 * fraction out of range. scale is 1 for nanoseconds, 1000 for microseconds.
 */
static void print_time_pair(int64_t sec, uint64_t frac, const char *fname, unsigned scale)
{
	uint64_t limit = 1000000000u / scale;

	tprintf("{tv_sec=%" PRId64 ", %s=%" PRIu64 "}", sec, fname, frac);
	if ((sec || frac) && frac < limit)
		print_date_comment(sec, frac, scale == 1 ? 9 : 6);
}

/* UTIME_NOW, UTIME_OMIT: the tv_nsec values that stand for no time at all */
static void print_utime_special(uint64_t nsec)
{
	tputs(nsec == UTIME_NOW ? "UTIME_NOW" : "UTIME_OMIT");
}

/* [{tv_sec=..., tv_nsec=...}, {...}]: two timespecs or two timevals of the tracee's ABI. */
static void print_time_array(struct tracee *t, uint64_t addr, int is_timespec)
{
	int64_t v[4];

	if (umove_longs(t, addr, v, 4) < 0)
		return;
	tputc('[');
	for (int i = 0; i < 2; i++) {
		uint64_t frac = tracee_time_bits(t) == 64 ? (uint64_t)v[2 * i + 1] :
			(uint32_t)v[2 * i + 1];

		if (i)
			tputs(", ");
		if (is_timespec && (frac == UTIME_NOW || frac == UTIME_OMIT) &&
		    !xlat_raw() && !xlat_verbose()) {
			print_utime_special(frac);
			continue;
		}
		print_time_pair(v[2 * i], frac, is_timespec ? "tv_nsec" : "tv_usec",
				is_timespec ? 1 : 1000);
		if (is_timespec && (frac == UTIME_NOW || frac == UTIME_OMIT))
			print_names_comment(frac, print_utime_special);	/* -X verbose */
	}
	tputc(']');
}

int dec_utimensat(struct tracee *t)
{
	if (exiting(t))
		return 0;
	print_dirfd(t, arg_int(t, 0));
	tputs(", ");
	printpath(t, arg_ulong(t, 1));
	tputs(", ");
	print_time_array(t, arg_ulong(t, 2), 1);
	tputs(", ");
	printflags(&xlat_at_flags, (uint32_t)arg_ulong(t, 3), NULL);
	return DEC_DONE;
}

int dec_utimes(struct tracee *t)
{
	if (exiting(t))
		return 0;
	printpath(t, arg_ulong(t, 0));
	tputs(", ");
	print_time_array(t, arg_ulong(t, 1), 0);
	return DEC_DONE;
}

int dec_futimesat(struct tracee *t)
{
	if (exiting(t))
		return 0;
	print_dirfd(t, arg_int(t, 0));
	tputs(", ");
	printpath(t, arg_ulong(t, 1));
	tputs(", ");
	print_time_array(t, arg_ulong(t, 2), 0);
	return DEC_DONE;
}

static void print_utime_field(const char *name, int64_t sec)
{
	tprintf("%s=", name);
	if (sec)
		print_time_comment(sec, 0);
	else
		tputc('0');
}

/* struct utimbuf: two longs of the tracee's size */
int dec_utime(struct tracee *t)
{
	int64_t v[2];

	if (exiting(t))
		return 0;
	printpath(t, arg_ulong(t, 0));
	tputs(", ");
	if (umove_longs(t, arg_ulong(t, 1), v, 2) < 0)
		return DEC_DONE;
	print_utime_field("{actime", v[0]);
	print_utime_field(", modtime", v[1]);
	tputc('}');
	return DEC_DONE;
}

/* The kernel counts the trailing NUL in what getcwd returns; strace does not print it. */
int dec_getcwd(struct tracee *t)
{
	char buf[4096];
	uint64_t addr = arg_ulong(t, 0);
	size_t n = t->rval > 0 ? (size_t)t->rval : 0;

	if (entering(t))
		return 0;
	if (t->err || !addr) {
		printaddr(addr);
	} else {
		if (n > sizeof(buf))
			n = sizeof(buf);
		if (umoven_data(t, addr, n, buf) < 0) {
			printaddr(addr);
		} else {
			if (n && !buf[n - 1])
				n--;
			print_quoted((unsigned char *)buf, n, 0);
		}
	}
	tprintf(", %" PRIu64, arg_ulong(t, 1));
	return 0;
}

/*
 * An attribute value: a buffer of len bytes, cut at -s, whose one trailing NUL strace does
 * not show.
 */
static void print_xattr_value(struct tracee *t, uint64_t addr, uint64_t len)
{
	unsigned char last;

	if (addr && len && umoven_data(t, addr + len - 1, 1, &last) == 0 && !last)
		len--;
	printstr_n(t, addr, len);
}

/* setxattr(path, name, value, size, flags), and fsetxattr with a descriptor first. */
int dec_setxattr(struct tracee *t)
{
	if (exiting(t))
		return 0;
	print_path_or_fd(t, 0);
	tputs(", ");
	printstr(t, arg_ulong(t, 1));
	tputs(", ");
	print_xattr_value(t, arg_ulong(t, 2), arg_ulong(t, 3));
	tprintf(", %" PRIu64 ", ", arg_ulong(t, 3));
	printflags(&xlat_xattr_flags, (uint32_t)arg_ulong(t, 4), NULL);
	return DEC_DONE;
}

/* getxattr(path, name, value, size): the value is what the kernel returned, size or not. */
int dec_getxattr(struct tracee *t)
{
	if (entering(t)) {
		print_path_or_fd(t, 0);
		tputs(", ");
		printstr(t, arg_ulong(t, 1));
		tputs(", ");
		if (arg_ulong(t, 2))
			return 0;
		/* no buffer to fill: strace shows it all at entry */
		tprintf("NULL, %" PRIu64, arg_ulong(t, 3));
		return DEC_DONE;
	}
	/* with size 0 the kernel only tells the length: nothing was written to show */
	if (t->err || !arg_ulong(t, 3))
		printaddr(arg_ulong(t, 2));
	else
		print_xattr_value(t, arg_ulong(t, 2), (uint64_t)t->rval);
	tprintf(", %" PRIu64, arg_ulong(t, 3));
	return 0;
}

/*
 * listxattr(path, list, size) and listxattrat(dirfd, path, flags, list, size): the names
 * the kernel wrote, NULs and all; with size 0 it wrote none and only returned the length
 * the list needs, so the address is shown.
 */
int dec_listxattr(struct tracee *t)
{
	int list = 0;

	while (t->se->arg[list] != ARG_OBUF)
		list++;
	if (entering(t)) {
		print_args(t, 0, list);
		tputs(", ");
		return 0;
	}
	if (t->err || !arg_ulong(t, list + 1))
		printaddr(arg_ulong(t, list));
	else
		printstr_n(t, arg_ulong(t, list), (uint64_t)t->rval);
	tprintf(", %" PRIu64, arg_ulong(t, list + 1));
	return 0;
}

/*
 * The *xattrat calls (Linux 6.13, newer than strace 6.1) printed as current strace prints
 * them: setxattrat and getxattrat pass the value, its size and the flags in a struct
 * xattr_args of the size given last.
 */
enum { XATTR_ARGS_VER0 = 16, XATTR_VALUE_MAX = 65536 };

static void print_xattrat_head(struct tracee *t)
{
	print_dirfd(t, arg_int(t, 0));
	tputs(", ");
	printpath(t, arg_ulong(t, 1));
	tputs(", ");
	printflags(&xlat_xattrat_flags, (unsigned)arg_ulong(t, 2), NULL);
	tputs(", ");
	printstr(t, arg_ulong(t, 3));
	tputs(", ");
}

/* Bytes of the struct past the ones known: shown when not zero, "???" when unreadable. */
static void print_xattr_args_tail(struct tracee *t, uint64_t addr, uint64_t size)
{
	print_extra_bytes(t, addr, XATTR_ARGS_VER0, size);
}

/* {value=..., size=N, flags=...}; the value's bytes shown are vlen of them (-1: address). */
static void print_xattr_args(struct tracee *t, uint64_t addr, uint64_t size, int64_t vlen)
{
	struct {
		uint64_t value;
		uint32_t size, flags;
	} a;

	if (size < XATTR_ARGS_VER0 || umove_or_printaddr(t, addr, sizeof(a), &a) < 0) {
		if (size < XATTR_ARGS_VER0)
			printaddr(addr);
		return;
	}
	tputs("{value=");
	if (vlen < 0 || a.size > XATTR_VALUE_MAX || !a.value)
		printaddr(a.value);
	else
		print_xattr_value(t, a.value, (uint64_t)vlen);
	tprintf(", size=%u, flags=", a.size);
	printflags(&xlat_xattr_flags, a.flags, NULL);
	if (size > XATTR_ARGS_VER0)
		print_xattr_args_tail(t, addr, size);
	tputc('}');
}

int dec_setxattrat(struct tracee *t)
{
	uint32_t vsize = 0;
	uint64_t addr = arg_ulong(t, 4), size = arg_ulong(t, 5);

	if (exiting(t))
		return 0;
	print_xattrat_head(t);
	umoven(t, addr + 8, sizeof(vsize), &vsize);
	print_xattr_args(t, addr, size, vsize);
	tprintf(", %" PRIu64, size);
	return DEC_DONE;
}

/* The value is what the kernel wrote: shown after success, when a buffer was given. */
int dec_getxattrat(struct tracee *t)
{
	uint32_t vsize = 0;
	uint64_t addr = arg_ulong(t, 4), size = arg_ulong(t, 5);

	if (entering(t)) {
		print_xattrat_head(t);
		return 0;
	}
	umoven(t, addr + 8, sizeof(vsize), &vsize);
	print_xattr_args(t, addr, size, t->err || !vsize ? -1 : t->rval);
	tprintf(", %" PRIu64, size);
	return 0;
}

/* ustat's device is a 32-bit dev_t: strace names it as makedev() */
int dec_ustat(struct tracee *t)
{
	if (exiting(t))
		return 0;
	print_dev_field(NULL, (uint32_t)arg_ulong(t, 0));
	tputs(", ");
	printaddr(arg_ulong(t, 1));
	return DEC_DONE;
}

/* struct file_attr: 24 bytes in its first version; fa_nextents is the kernel's to tell. */
enum { FILE_ATTR_SIZE = 24 };

static void print_file_attr(struct tracee *t, uint64_t addr, uint64_t size, int got)
{
	unsigned char b[FILE_ATTR_SIZE];

	if (size < FILE_ATTR_SIZE) {
		printaddr(addr);
		return;
	}
	if (umove_or_printaddr(t, addr, sizeof(b), b) < 0)
		return;
	tputs("{fa_xflags=");
	printflags(&xlat_fs_xflags, get64(b), "FS_XFLAG_???");
	tprintf(", fa_extsize=%u", get32(b + 8));
	if (got)
		tprintf(", fa_nextents=%u", get32(b + 12));
	tputs(", fa_projid=");
	printnum_hex(get32(b + 16));
	tprintf(", fa_cowextsize=%u", get32(b + 20));
	print_extra_bytes(t, addr, FILE_ATTR_SIZE, size);
	tputc('}');
}

/* file_getattr and file_setattr: the struct is read at exit or at entry. */
static int dec_file_attr(struct tracee *t, int got)
{
	uint64_t addr = arg_ulong(t, 2), size = arg_ulong(t, 3);

	if (entering(t)) {
		print_dirfd(t, arg_int(t, 0));
		tputs(", ");
		printpath(t, arg_ulong(t, 1));
		tputs(", ");
		if (got)
			return 0;
		print_file_attr(t, addr, size, 0);
	} else if (t->err) {
		printaddr(addr);
	} else {
		print_file_attr(t, addr, size, 1);
	}
	tprintf(", %" PRIu64 ", ", size);
	printflags(&xlat_xattrat_flags, (uint32_t)arg_ulong(t, 4), "AT_???");
	return got ? 0 : DEC_DONE;
}

int dec_file_getattr(struct tracee *t)
{
	return dec_file_attr(t, 1);
}

int dec_file_setattr(struct tracee *t)
{
	return dec_file_attr(t, 0);
}

/*
 * struct file_handle: {handle_bytes=8, handle_type=1, f_handle="\x13..."}; the handle's
 * bytes in hex, at most MAX_HANDLE_SZ of them, "???" when they cannot be read.
 */
enum { MAX_HANDLE_SZ_ = 128 };

static void print_f_handle(struct tracee *t, uint64_t addr, uint32_t bytes, int32_t type)
{
	unsigned char h[MAX_HANDLE_SZ_];
	uint32_t n = bytes < MAX_HANDLE_SZ_ ? bytes : MAX_HANDLE_SZ_;

	tprintf(", handle_type=%d, f_handle=", type);
	if (umoven(t, addr + 8, n, h) < 0)
		tputs("???");
	else
		print_quoted(h, n, QUOTE_FORCE_HEX | (bytes > n ? QUOTE_ELLIPSIS : 0));
}

int dec_open_by_handle_at(struct tracee *t)
{
	uint32_t head[2];

	if (exiting(t))
		return RVAL_FD;
	printfd(t, arg_int(t, 0));	/* a descriptor of the mount, not a directory */
	tputs(", ");
	if (umove_or_printaddr(t, arg_ulong(t, 1), sizeof(head), head) == 0) {
		tprintf("{handle_bytes=%u", head[0]);
		print_f_handle(t, arg_ulong(t, 1), head[0], (int32_t)head[1]);
		tputc('}');
	}
	tputs(", ");
	print_open_flags((uint32_t)arg_ulong(t, 2));
	return DEC_DONE;
}

/* What name_to_handle_at's entry read: the size the caller offered. */
struct handle_memo {
	int read;
	uint32_t bytes;
};

/* The size goes in at entry; the kernel writes the size it needs ("=> 8"), and on success
 * the handle. */
int dec_name_to_handle_at(struct tracee *t)
{
	struct handle_memo *m = call_memo(t, struct handle_memo);
	uint64_t addr = arg_ulong(t, 2);
	uint32_t head[2];
	int mount_id;

	if (entering(t)) {
		print_dirfd(t, arg_int(t, 0));
		tputs(", ");
		printpath(t, arg_ulong(t, 1));
		tputs(", ");
		/* strace reads the header whole, handle_type with it */
		m->read = umove_or_printaddr(t, addr, sizeof(head), head) == 0;
		if (m->read) {
			m->bytes = head[0];
			tprintf("{handle_bytes=%u", m->bytes);
			return 0;
		}
		/* no handle to read back: strace shows the rest at entry */
		tputs(", ");
		printaddr(arg_ulong(t, 3));
		tputs(", ");
		printflags(&xlat_name_to_handle_at_flags, (uint32_t)arg_ulong(t, 4), "AT_???");
		return DEC_DONE;
	}
	if (m->read) {
		if ((!t->err || t->err == EOVERFLOW) && umoven(t, addr, sizeof(head), head) == 0) {
			if (head[0] != m->bytes)
				tprintf(" => %u", head[0]);
			if (!t->err)
				print_f_handle(t, addr, head[0], (int32_t)head[1]);
		}
		tputc('}');
	}
	tputs(", ");
	if (t->err || umoven(t, arg_ulong(t, 3), sizeof(mount_id), &mount_id) < 0)
		printaddr(arg_ulong(t, 3));
	else
		tprintf("[%d]", mount_id);
	tputs(", ");
	printflags(&xlat_name_to_handle_at_flags, (uint32_t)arg_ulong(t, 4), "AT_???");
	return 0;
}
