/*
 * fsinfo.c: what the kernel tells about file systems and directories: struct statfs
 * (statfs, fstatfs, statfs64, fstatfs64), directory entries (getdents, getdents64), and
 * quotactl's command.
 */
#include <stdlib.h>
#include <string.h>

#include "decode.h"

/* The fields of struct statfs of every ABI, whatever their widths there. */
struct statfs_view {
	uint64_t type, bsize, blocks, bfree, bavail, files, ffree, namelen, frsize, flags;
	uint32_t fsid[2];
};

static void print_statfs_view(const struct statfs_view *s)
{
	tputs("{f_type=");
	printxval(&xlat_fs_magics, s->type, NULL);
	tprintf(", f_bsize=%" PRIu64 ", f_blocks=%" PRIu64 ", f_bfree=%" PRIu64
		", f_bavail=%" PRIu64 ", f_files=%" PRIu64 ", f_ffree=%" PRIu64 ", f_fsid={val=[",
		s->bsize, s->blocks, s->bfree, s->bavail, s->files, s->ffree);
	tprintf(s->fsid[0] ? "%#x, " : "%u, ", s->fsid[0]);
	tprintf(s->fsid[1] ? "%#x" : "%u", s->fsid[1]);
	tprintf("]}, f_namelen=%" PRIu64 ", f_frsize=%" PRIu64, s->namelen, s->frsize);
	if (s->flags) {
		tputs(", f_flags=");
		printflags(&xlat_statfs_flags, s->flags, NULL);
	}
	tputc('}');
}

/* struct statfs of a 64-bit tracee: eleven longs but for the two ints of f_fsid. */
static int read_statfs64bit(struct tracee *t, uint64_t addr, struct statfs_view *v)
{
	struct {
		int64_t type, bsize, blocks, bfree, bavail, files, ffree;
		uint32_t fsid[2];
		int64_t namelen, frsize, flags, spare[4];
	} s;

	if (umove_or_printaddr(t, addr, sizeof(s), &s) < 0)
		return -1;
	*v = (struct statfs_view){ s.type, s.bsize, s.blocks, s.bfree, s.bavail, s.files,
		s.ffree, s.namelen, s.frsize, s.flags, { s.fsid[0], s.fsid[1] } };
	return 0;
}

/* struct statfs of a 32-bit tracee: 32-bit counts. */
static int read_statfs32(struct tracee *t, uint64_t addr, struct statfs_view *v)
{
	struct {
		uint32_t type, bsize, blocks, bfree, bavail, files, ffree;
		uint32_t fsid[2];
		uint32_t namelen, frsize, flags, spare[4];
	} s;

	if (umove_or_printaddr(t, addr, sizeof(s), &s) < 0)
		return -1;
	*v = (struct statfs_view){ s.type, s.bsize, s.blocks, s.bfree, s.bavail, s.files,
		s.ffree, s.namelen, s.frsize, s.flags, { s.fsid[0], s.fsid[1] } };
	return 0;
}

/* struct statfs64 of a 32-bit tracee: 64-bit counts, packed to 4 bytes on i386. */
static int read_statfs64_32(struct tracee *t, uint64_t addr, struct statfs_view *v)
{
	struct {
		uint32_t type, bsize;
		uint64_t blocks, bfree, bavail, files, ffree;
		uint32_t fsid[2];
		uint32_t namelen, frsize, flags, spare[4];
	} __attribute__((packed)) s;

	if (umove_or_printaddr(t, addr, sizeof(s), &s) < 0)
		return -1;
	*v = (struct statfs_view){ s.type, s.bsize, s.blocks, s.bfree, s.bavail, s.files,
		s.ffree, s.namelen, s.frsize, s.flags, { s.fsid[0], s.fsid[1] } };
	return 0;
}

static void print_statfs_at(struct tracee *t, uint64_t addr, int is64)
{
	struct statfs_view v;
	int rc;

	if (t->err) {
		printaddr(addr);
		return;
	}
	if (tracee_word_bits(t) == 64)
		rc = read_statfs64bit(t, addr, &v);
	else if (is64)
		rc = read_statfs64_32(t, addr, &v);
	else
		rc = read_statfs32(t, addr, &v);
	if (rc == 0)
		print_statfs_view(&v);
}

/* statfs(path, buf), fstatfs(fd, buf) */
int dec_statfs(struct tracee *t)
{
	if (entering(t)) {
		print_path_or_fd(t, 0);
		tputs(", ");
		return 0;
	}
	print_statfs_at(t, arg_ulong(t, 1), 0);
	return 0;
}

/* statfs64(path, size, buf), fstatfs64(fd, size, buf) */
int dec_statfs64(struct tracee *t)
{
	if (entering(t)) {
		print_path_or_fd(t, 0);
		tprintf(", %" PRIu64 ", ", arg_ulong(t, 1));
		return 0;
	}
	print_statfs_at(t, arg_ulong(t, 2), 1);
	return 0;
}

/*
 * Directory entries. struct linux_dirent64 is {u64 ino, s64 off, u16 reclen, u8 type,
 * name}; the old struct linux_dirent has longs of the tracee's size, and d_type in the last
 * byte of the record, after the name.
 */
struct dirent_view {
	uint64_t ino, off;
	unsigned reclen, type;
	const char *name;
	size_t namelen;
};

/* Decodes the entry at buf[pos]; 0 when it does not fit in len bytes. */
static int dirent_at(const unsigned char *buf, size_t len, size_t pos, int is64, int wbytes,
		     struct dirent_view *d)
{
	size_t head = is64 ? 19 : 2 * wbytes + 2;
	uint16_t reclen;

	if (pos + head > len)
		return 0;
	memcpy(&reclen, buf + pos + (is64 ? 16 : 2 * wbytes), sizeof(reclen));
	if (reclen < head || pos + reclen > len)
		return 0;
	if (is64 || wbytes == 8) {
		memcpy(&d->ino, buf + pos, 8);
		memcpy(&d->off, buf + pos + 8, 8);
	} else {
		uint32_t w[2];
		memcpy(w, buf + pos, 8);
		d->ino = w[0];
		d->off = (uint64_t)(int64_t)(int32_t)w[1];
	}
	d->reclen = reclen;
	d->type = is64 ? buf[pos + 18] : buf[pos + reclen - 1];
	d->name = (const char *)buf + pos + head;
	d->namelen = strnlen(d->name, reclen - head);
	return 1;
}

static void print_dirent(const struct dirent_view *d, int is64)
{
	tprintf("{d_ino=%" PRIu64 ", d_off=%" PRId64 ", d_reclen=%u, ", d->ino,
		(int64_t)d->off, d->reclen);
	if (is64) {
		tputs("d_type=");
		printxval(&xlat_dirent_types, d->type, NULL);
		tputs(", d_name=");
		print_quoted((const unsigned char *)d->name, d->namelen, 0);
	} else {
		tputs("d_name=");
		print_quoted((const unsigned char *)d->name, d->namelen, 0);
		tputs(", d_type=");
		printxval(&xlat_dirent_types, d->type, NULL);
	}
	tputc('}');
}

static void print_dirents(struct tracee *t, uint64_t addr, size_t len, int is64)
{
	int wbytes = tracee_word_bits(t) / 8;
	struct dirent_view d;
	unsigned char *buf;
	size_t pos = 0;
	unsigned n = 0;

	if (len > (1u << 20))
		len = 1u << 20;
	buf = malloc(len ? len : 1);
	/* an empty read under -e verbose= is still an unread structure: its address */
	if (!buf || t->style.terse || umoven(t, addr, len, buf) < 0) {
		free(buf);
		printaddr(addr);
		return;
	}
	if (!style_abbrev())
		tputc('[');
	else
		printaddr(addr);
	while (dirent_at(buf, len, pos, is64, wbytes, &d)) {
		if (!style_abbrev()) {
			if (n)
				tputs(", ");
			print_dirent(&d, is64);
		}
		n++;
		pos += d.reclen;
	}
	if (!style_abbrev())
		tputc(']');
	else
		tprintf(" /* %u entries */", n);
	free(buf);
}

static int decode_getdents(struct tracee *t, int is64)
{
	if (entering(t)) {
		printfd(t, arg_int(t, 0));
		tputs(", ");
		return 0;
	}
	if (t->err)
		printaddr(arg_ulong(t, 1));
	else
		print_dirents(t, arg_ulong(t, 1), (size_t)t->rval, is64);
	tprintf(", %u", (unsigned)arg_ulong(t, 2));
	return 0;
}

int dec_getdents(struct tracee *t)
{
	return decode_getdents(t, 0);
}

int dec_getdents64(struct tracee *t)
{
	return decode_getdents(t, 1);
}

/* QCMD(Q_GETQUOTA, USRQUOTA): quotactl's command and quota type, packed in one int */
static void print_qcmd(uint64_t cmd)
{
	tputs("QCMD(");
	printxval(&xlat_quota_cmds, (uint32_t)cmd >> 8, NULL);
	tputs(", ");
	printxval(&xlat_quota_types, cmd & 0xff, NULL);
	tputc(')');
}

/* The command's own arguments are not decoded: the id prints unsigned, addr as an address. */
static void print_quota_args(struct tracee *t, int first)
{
	uint64_t cmd = (uint32_t)arg_ulong(t, first);

	if (!print_number_styled("%llu", cmd, print_qcmd))	/* -X raw, -X verbose */
		print_qcmd(cmd);
	tputs(", ");
}

int dec_quotactl(struct tracee *t)
{
	if (exiting(t))
		return 0;
	print_quota_args(t, 0);
	printpath(t, arg_ulong(t, 1));
	tprintf(", %u, ", (uint32_t)arg_ulong(t, 2));
	printaddr(arg_ulong(t, 3));
	return DEC_DONE;
}

int dec_quotactl_fd(struct tracee *t)
{
	if (exiting(t))
		return 0;
	printfd(t, arg_int(t, 0));
	tputs(", ");
	print_quota_args(t, 1);
	tprintf("%u, ", (uint32_t)arg_ulong(t, 2));
	printaddr(arg_ulong(t, 3));
	return DEC_DONE;
}
