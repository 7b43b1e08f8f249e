/*
 * file.c: decoders for calls on paths and files: the open family and the stat family.
 */
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <time.h>

#include "decode.h"

/* The access mode is a two-bit field, not flags: strace prints it first, by name. */
void print_open_flags(uint64_t flags)
{
	const char *mode = xlat_name(&xlat_open_flags, flags & O_ACCMODE);
	uint64_t rest = flags & ~(uint64_t)O_ACCMODE;

	if (mode)
		tputs(mode);
	else
		tprintf("%#llx", (unsigned long long)(flags & O_ACCMODE));
	if (rest) {
		tputc('|');
		printflags(&xlat_open_flags, rest, NULL);
	}
}

/* The mode argument means something only when the call may create a file. */
static int open_takes_mode(uint64_t flags)
{
	return (flags & O_CREAT) || (flags & __O_TMPFILE) == __O_TMPFILE;
}

static int decode_open(struct tracee *t, int first)
{
	uint64_t flags = arg_ulong(t, first + 1);

	printpath(t, arg_ulong(t, first));
	tputs(", ");
	print_open_flags(flags);
	if (open_takes_mode(flags)) {
		tputs(", ");
		print_mode(arg_ulong(t, first + 2));
	}
	return DEC_DONE | RVAL_FD;
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
	char buf[64], zone[16];
	time_t tt = (time_t)sec;
	struct tm tm;

	tprintf("%" PRId64, sec);
	if (!localtime_r(&tt, &tm)) {
		return;
	}
	strftime(buf, sizeof(buf), "%Y-%m-%dT%H:%M:%S", &tm);
	strftime(zone, sizeof(zone), "%z", &tm);
	if (nsec)
		tprintf(" /* %s.%09" PRIu64 "%s */", buf, nsec, zone);
	else
		tprintf(" /* %s%s */", buf, zone);
}

static void print_dev(const char *field, uint64_t dev)
{
	unsigned ma = major(dev), mi = minor(dev);

	tprintf("%s=makedev(", field);
	tprintf(ma ? "%#x, " : "%u, ", ma);
	tprintf(mi ? "%#x)" : "%u)", mi);
}

void print_stat_mode(unsigned mode)
{
	const char *type = xlat_name(&xlat_stat_modes, mode & S_IFMT);

	if (type)
		tprintf("%s|", type);
	else if (mode & S_IFMT)
		tprintf("%#o|", mode & S_IFMT);
	if (mode & S_ISUID)
		tputs("S_ISUID|");
	if (mode & S_ISGID)
		tputs("S_ISGID|");
	if (mode & S_ISVTX)
		tputs("S_ISVTX|");
	tprintf("%#03o", mode & 0777);
}

/* The fields of struct stat that every ABI has, whatever their widths there. */
struct stat_view {
	uint64_t dev, ino, mode, nlink, uid, gid, rdev, size, blksize, blocks;
	int64_t atime, mtime, ctime;
	uint64_t atime_ns, mtime_ns, ctime_ns;
};

static void print_stat_view(const struct stat_view *s)
{
	if (!opt.verbose) {
		tputs("{st_mode=");
		print_stat_mode(s->mode);
		if (S_ISCHR(s->mode) || S_ISBLK(s->mode))
			print_dev(", st_rdev", s->rdev);
		else
			tprintf(", st_size=%" PRIu64, s->size);
		tputs(", ...}");
		return;
	}
	print_dev("{st_dev", s->dev);
	tprintf(", st_ino=%" PRIu64 ", st_mode=", s->ino);
	print_stat_mode(s->mode);
	tprintf(", st_nlink=%" PRIu64 ", st_uid=%" PRIu64 ", st_gid=%" PRIu64
		", st_blksize=%" PRIu64 ", st_blocks=%" PRIu64,
		s->nlink, s->uid, s->gid, s->blksize, s->blocks);
	if (S_ISCHR(s->mode) || S_ISBLK(s->mode))
		print_dev(", st_rdev", s->rdev);
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

/* struct stat of the 64-bit ABIs (x86_64's layout; the generic one differs in order). */
void print_struct_stat(struct tracee *t, uint64_t addr)
{
	struct stat st;
	struct stat_view v;

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

void print_struct_stat64(struct tracee *t, uint64_t addr)
{
	struct stat64_32 st;
	struct stat_view v;

	if (tracee_word_bits(t) == 64) {
		print_struct_stat(t, addr);
		return;
	}
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

/* The sync type is a two-bit field whose zero value strace always names first. */
static void print_statx_flags(uint64_t flags)
{
	uint64_t sync = flags & AT_STATX_SYNC_TYPE;
	const char *name = xlat_name(&xlat_statx_flags, sync);

	if (name)
		tputs(name);
	else
		tprintf("%#" PRIx64, sync);
	flags &= ~(uint64_t)AT_STATX_SYNC_TYPE;
	if (flags) {
		tputc('|');
		printflags(&xlat_statx_flags, flags, NULL);
	}
}

static void print_statx_time(const char *name, const struct statx_timestamp *ts)
{
	tprintf("%s={tv_sec=%lld, tv_nsec=%u}", name, (long long)ts->tv_sec, ts->tv_nsec);
	tputs(" /* ");
	{
		char buf[64], zone[16];
		time_t tt = ts->tv_sec;
		struct tm tm;
		if (localtime_r(&tt, &tm)) {
			strftime(buf, sizeof(buf), "%Y-%m-%dT%H:%M:%S", &tm);
			strftime(zone, sizeof(zone), "%z", &tm);
			if (ts->tv_nsec)
				tprintf("%s.%09u%s", buf, ts->tv_nsec, zone);
			else
				tprintf("%s%s", buf, zone);
		}
	}
	tputs(" */");
}

static void print_struct_statx(struct tracee *t, uint64_t addr)
{
	struct statx sx;

	if (umove_or_printaddr(t, addr, sizeof(sx), &sx) < 0)
		return;
	tputs("{stx_mask=");
	printflags(&xlat_statx_mask, sx.stx_mask, NULL);
	if (opt.verbose)
		tprintf(", stx_blksize=%u", sx.stx_blksize);
	tputs(", stx_attributes=");
	printflags(&xlat_statx_attrs, sx.stx_attributes, NULL);
	if (opt.verbose)
		tprintf(", stx_nlink=%u, stx_uid=%u, stx_gid=%u", sx.stx_nlink, sx.stx_uid,
			sx.stx_gid);
	tputs(", stx_mode=");
	print_stat_mode(sx.stx_mode);
	if (opt.verbose)
		tprintf(", stx_ino=%llu", (unsigned long long)sx.stx_ino);
	tprintf(", stx_size=%llu", (unsigned long long)sx.stx_size);
	if (!opt.verbose) {
		tputs(", ...}");
		return;
	}
	tprintf(", stx_blocks=%llu, stx_attributes_mask=", (unsigned long long)sx.stx_blocks);
	printflags(&xlat_statx_attrs, sx.stx_attributes_mask, NULL);
	tputs(", ");
	print_statx_time("stx_atime", &sx.stx_atime);
	tputs(", ");
	print_statx_time("stx_btime", &sx.stx_btime);
	tputs(", ");
	print_statx_time("stx_ctime", &sx.stx_ctime);
	tputs(", ");
	print_statx_time("stx_mtime", &sx.stx_mtime);
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
