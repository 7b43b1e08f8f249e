/*
 * ipc.c: decoders for SysV IPC (message queues, semaphores, shared memory) and POSIX
 * message queues.
 */
#include <fcntl.h>
#include <string.h>

#include "decode.h"
#include "sysids.h"

#define IPC_64_BIT 0x100	/* "new layout" bit the C library may add to ctl commands */

static void print_ipc_key(int key)
{
	print_xval_or_number(&xlat_ipc_keys, (unsigned)key, "%#llx");
}

/* IPC_CREAT|IPC_EXCL|0600: the flags, then the permission bits in octal. */
static void print_ipc_flags(const struct xlat *x, unsigned flags)
{
	if (flags & ~0777u) {
		printflags(x, flags & ~0777u, NULL);
		tputc('|');
	}
	print_mode(flags & 0777);
}

static void print_ipc_cmd(const struct xlat *x, unsigned cmd, const char *dflt)
{
	if (cmd & IPC_64_BIT) {
		printflags(&xlat_ipc_cmd_flags, IPC_64_BIT, NULL);
		tputc('|');
		cmd &= ~IPC_64_BIT;
	}
	printxval(x, cmd, dflt);
}

int dec_msgget(struct tracee *t)
{
	if (exiting(t))
		return 0;
	print_ipc_key(arg_int(t, 0));
	tputs(", ");
	print_ipc_flags(&xlat_ipc_get_flags, arg_int(t, 1));
	return DEC_DONE;
}

int dec_semget(struct tracee *t)
{
	if (exiting(t))
		return 0;
	print_ipc_key(arg_int(t, 0));
	tprintf(", %d, ", arg_int(t, 1));
	print_ipc_flags(&xlat_ipc_get_flags, arg_int(t, 2));
	return DEC_DONE;
}

/*
 * shmget's flags: the named bits, the huge page size as its log2 shifted into the top bits
 * (IPC_CREAT|SHM_HUGETLB|21<<SHM_HUGE_SHIFT|0600), then the permissions.
 */
static void print_shmget_flags(unsigned flags)
{
	unsigned shift = 26;
	const char *shift_name = xlat_name(&xlat_shm_huge_shift, shift);
	unsigned huge = flags >> shift;
	unsigned rest = flags & ~(~0u << shift) & ~0777u;

	if (!shift_name || !huge) {
		print_ipc_flags(&xlat_shmget_flags, flags);
		return;
	}
	if (rest) {
		printflags(&xlat_shmget_flags, rest, NULL);
		tputc('|');
	}
	if (xlat_raw())
		tprintf("%u<<%u|", huge, shift);
	else if (xlat_verbose())
		tprintf("%u<<%u /* %s */|", huge, shift, shift_name);
	else {
		tprintf("%u<<", huge);
		print_const_name(shift_name);
		tputc('|');
	}
	print_mode(flags & 0777);
}

int dec_shmget(struct tracee *t)
{
	if (exiting(t))
		return 0;
	print_ipc_key(arg_int(t, 0));
	tprintf(", %" PRIu64 ", ", arg_ulong(t, 1));
	print_shmget_flags(arg_int(t, 2));
	return DEC_DONE;
}

/*
 * {mtype=5, mtext="..."}: a long, then len bytes of text. strace reads it as the C struct
 * msgbuf, the long and a word of text: less than that readable is the address.
 */
static void print_msgbuf(struct tracee *t, uint64_t addr, uint64_t len)
{
	uint64_t head[2], type;
	unsigned w = tracee_word_bits(t) / 8;

	if (!addr || umove_ptr(t, addr, &type) < 0 || umoven(t, addr, 2 * w, head) < 0) {
		printaddr(addr);
		return;
	}
	if (w == 4)
		tprintf("{mtype=%d, mtext=", (int32_t)type);
	else
		tprintf("{mtype=%" PRId64 ", mtext=", (int64_t)type);
	printstr_n(t, addr + w, len);
	tputc('}');
}

int dec_msgsnd(struct tracee *t)
{
	if (exiting(t))
		return 0;
	tprintf("%d, ", arg_int(t, 0));
	print_msgbuf(t, arg_ulong(t, 1), arg_ulong(t, 2));
	tprintf(", %" PRIu64 ", ", arg_ulong(t, 2));
	printflags(&xlat_ipc_msg_flags, (unsigned)arg_int(t, 3), NULL);
	return DEC_DONE;
}

int dec_msgrcv(struct tracee *t)
{
	if (entering(t)) {
		tprintf("%d, ", arg_int(t, 0));
		return 0;
	}
	if (syscall_multiplexer(t) == SYS_ipc && t->args[5]) {
		/* ipc's struct {msgp, msgtyp} was unreadable (src/subcall.c): its address.
		 * Not checked against a 32-bit strace. */
		printaddr(arg_ulong(t, 1));
		tprintf(", %" PRIu64 ", ", arg_ulong(t, 2));
		printflags(&xlat_ipc_msg_flags, (unsigned)arg_int(t, 4), NULL);
		return 0;
	}
	if (t->err)
		printaddr(arg_ulong(t, 1));
	else
		print_msgbuf(t, arg_ulong(t, 1), arg_ulong(t, 2));
	/* the message type is a long: -1 prints as -1 */
	tprintf(", %" PRIu64 ", %" PRId64 ", ", arg_ulong(t, 2), arg_long(t, 3));
	printflags(&xlat_ipc_msg_flags, (unsigned)arg_int(t, 4), NULL);
	return 0;
}

/* struct ipc64_perm as the 64-bit ABIs lay it out: key, four ids, mode, seq, padding. */
struct perm64 {
	int32_t key;
	uint32_t uid, gid, cuid, cgid;
	uint16_t mode, pad1, seq, pad2;
	uint64_t unused[2];
};

static void print_perm(const char *name, const struct perm64 *p)
{
	tprintf("%s={uid=%u, gid=%u, mode=", name, p->uid, p->gid);
	print_mode(p->mode);
	tprintf(", key=%d, cuid=%u, cgid=%u}", p->key, p->cuid, p->cgid);
}

/* Only the 64-bit layout is decoded; other tracees get the address. */
static int read_ds(struct tracee *t, uint64_t addr, size_t len, void *buf)
{
	if (tracee_word_bits(t) != 64) {
		printaddr(addr);
		return -1;
	}
	return umove_or_printaddr(t, addr, len, buf);
}

/*
 * The 32-bit ABIs' *id64_ds (what IPC_64 asks for; the C library always does): the same
 * ipc64_perm, then 32-bit words, each time in two halves. strace reads this layout whatever
 * the command says (the old one of i386's ipc without IPC_64 comes out as garbage there):
 * so does strc.
 */
struct perm32 {
	int32_t key;
	uint32_t uid, gid, cuid, cgid;
	uint16_t mode, pad1, seq, pad2;
	uint32_t unused[2];
};

static uint32_t ds_word(const unsigned char *b, unsigned i)
{
	return get32(b + sizeof(struct perm32) + 4 * i);
}

static int read_ds32(struct tracee *t, uint64_t addr, size_t words, unsigned char *b,
		     struct perm64 *perm)
{
	struct perm32 p;

	if (umove_or_printaddr(t, addr, sizeof(p) + 4 * words, b) < 0)
		return -1;
	memcpy(&p, b, sizeof(p));
	*perm = (struct perm64){ .key = p.key, .uid = p.uid, .gid = p.gid, .cuid = p.cuid,
				 .cgid = p.cgid, .mode = p.mode, .seq = p.seq };
	return 0;
}

static int64_t ds_time(const unsigned char *b, unsigned i)
{
	return (int64_t)((uint64_t)ds_word(b, i) | (uint64_t)ds_word(b, i + 1) << 32);
}

struct msqid_n {
	struct perm64 perm;
	int64_t stime, rtime, ctime;
	uint64_t cbytes, qnum, qbytes;
	int32_t lspid, lrpid;
	uint64_t unused[2];
};

static int read_msqid32(struct tracee *t, uint64_t addr, struct msqid_n *ds)
{
	unsigned char b[sizeof(struct perm32) + 4 * 13];

	if (read_ds32(t, addr, 13, b, &ds->perm) < 0)
		return -1;
	ds->stime = ds_time(b, 0);
	ds->rtime = ds_time(b, 2);
	ds->ctime = ds_time(b, 4);
	ds->cbytes = ds_word(b, 6);
	ds->qnum = ds_word(b, 7);
	ds->qbytes = ds_word(b, 8);
	ds->lspid = (int32_t)ds_word(b, 9);
	ds->lrpid = (int32_t)ds_word(b, 10);
	return 0;
}

static void print_msqid_ds(struct tracee *t, uint64_t addr)
{
	struct msqid_n ds;

	if (tracee_word_bits(t) == 32 ? read_msqid32(t, addr, &ds) < 0 :
	    read_ds(t, addr, sizeof(ds), &ds) < 0)
		return;
	tputc('{');
	print_perm("msg_perm", &ds.perm);
	tprintf(", msg_stime=%" PRId64 ", msg_rtime=%" PRId64 ", msg_ctime=%" PRId64
		", msg_qnum=%" PRIu64 ", msg_qbytes=%" PRIu64 ", msg_lspid=%d, msg_lrpid=%d}",
		ds.stime, ds.rtime, ds.ctime, ds.qnum, ds.qbytes, ds.lspid, ds.lrpid);
}

struct shmid_n {
	struct perm64 perm;
	uint64_t segsz;
	int64_t atime, dtime, ctime;
	int32_t cpid, lpid;
	uint64_t nattch;
	uint64_t unused[2];
};

static int read_shmid32(struct tracee *t, uint64_t addr, struct shmid_n *ds)
{
	unsigned char b[sizeof(struct perm32) + 4 * 12];

	if (read_ds32(t, addr, 12, b, &ds->perm) < 0)
		return -1;
	ds->segsz = ds_word(b, 0);
	ds->atime = ds_time(b, 1);
	ds->dtime = ds_time(b, 3);
	ds->ctime = ds_time(b, 5);
	ds->cpid = (int32_t)ds_word(b, 7);
	ds->lpid = (int32_t)ds_word(b, 8);
	ds->nattch = ds_word(b, 9);
	return 0;
}

static void print_shmid_ds(struct tracee *t, uint64_t addr)
{
	struct shmid_n ds;

	if (tracee_word_bits(t) == 32 ? read_shmid32(t, addr, &ds) < 0 :
	    read_ds(t, addr, sizeof(ds), &ds) < 0)
		return;
	tputc('{');
	print_perm("shm_perm", &ds.perm);
	tprintf(", shm_segsz=%" PRIu64 ", shm_cpid=%d, shm_lpid=%d, shm_nattch=%" PRIu64
		", shm_atime=%" PRId64 ", shm_dtime=%" PRId64 ", shm_ctime=%" PRId64 "}",
		ds.segsz, ds.cpid, ds.lpid, ds.nattch, ds.atime, ds.dtime, ds.ctime);
}

struct semid_n {
	struct perm64 perm;
	int64_t otime;
	uint64_t unused1;
	int64_t ctime;
	uint64_t unused2, nsems, unused3, unused4;
};

static int read_semid32(struct tracee *t, uint64_t addr, struct semid_n *ds)
{
	unsigned char b[sizeof(struct perm32) + 4 * 7];

	if (read_ds32(t, addr, 7, b, &ds->perm) < 0)
		return -1;
	ds->otime = ds_time(b, 0);
	ds->ctime = ds_time(b, 2);
	ds->nsems = ds_word(b, 4);
	return 0;
}

static void print_semid_ds(struct tracee *t, uint64_t addr)
{
	struct semid_n ds;

	if (tracee_word_bits(t) == 32 ? read_semid32(t, addr, &ds) < 0 :
	    read_ds(t, addr, sizeof(ds), &ds) < 0)
		return;
	tputc('{');
	print_perm("sem_perm", &ds.perm);
	tprintf(", sem_otime=%" PRId64 ", sem_ctime=%" PRId64 ", sem_nsems=%" PRIu64 "}",
		ds.otime, ds.ctime, ds.nsems);
}

/* IPC_STAT and the *_STAT commands fill the struct: printed at exit on success. */
static int ctl_fills_ds(unsigned cmd, unsigned stat_cmd, unsigned stat_any_cmd)
{
	cmd &= ~IPC_64_BIT;
	return cmd == 2 /* IPC_STAT */ || cmd == stat_cmd || cmd == stat_any_cmd;
}

enum { FILLS_SEP_AT_ENTRY = 2 };	/* decode_ctl's fills: 1, or this for shmctl's way */

static int decode_ctl(struct tracee *t, const struct xlat *cmds, const char *dflt, int fills,
		      void (*print_ds)(struct tracee *, uint64_t))
{
	if (entering(t)) {
		tprintf("%d, ", arg_int(t, 0));
		print_ipc_cmd(cmds, arg_int(t, 1), dflt);
		if (fills == FILLS_SEP_AT_ENTRY) {
			output_sep_entry();	/* shmctl: strace prints it before the exit half */
			return 0;
		}
		if (fills) {
			tputs(", ");
			return 0;
		}
		tputs(", ");
		printaddr(arg_ulong(t, 2));
		return DEC_DONE;
	}
	if (t->err)
		printaddr(arg_ulong(t, 2));
	else
		print_ds(t, arg_ulong(t, 2));
	return 0;
}

/* The *_INFO commands: limits and usage of the whole system, as the kernel's structs lay them out. */
static int is_info_cmd(unsigned cmd, unsigned info_cmd)
{
	cmd &= ~IPC_64_BIT;
	return cmd == 3 /* IPC_INFO */ || cmd == info_cmd;
}

static void print_named_ints(const unsigned char *b, const char *const *names, int n)
{
	for (int i = 0; i < n; i++)
		tprintf("%s%s=%d", i ? ", " : "", names[i], (int)get32(b + 4 * i));
}

/* struct msginfo: seven ints and msgseg, an unsigned short */
static void print_msginfo(struct tracee *t, uint64_t addr)
{
	static const char *const names[] = { "msgpool", "msgmap", "msgmax", "msgmnb", "msgmni",
					     "msgssz", "msgtql" };
	unsigned char b[32];
	uint16_t seg;

	if (umove_or_printaddr(t, addr, 30, b) < 0)
		return;
	tputc('{');
	print_named_ints(b, names, 7);
	memcpy(&seg, b + 28, sizeof(seg));
	tprintf(", msgseg=%u}", seg);
}

/* struct seminfo: ten ints */
static void print_seminfo(struct tracee *t, uint64_t addr)
{
	static const char *const names[] = { "semmap", "semmni", "semmns", "semmnu", "semmsl",
					     "semopm", "semume", "semusz", "semvmx", "semaem" };
	unsigned char b[40];

	if (umove_or_printaddr(t, addr, sizeof(b), b) < 0)
		return;
	tputc('{');
	print_named_ints(b, names, 10);
	tputc('}');
}

/* n unsigned longs of the tracee's size from b, each after a comma unless it opens the struct */
static void print_named_words(struct tracee *t, const unsigned char *b, const char *const *names,
			      int n, int opens)
{
	unsigned w = tracee_word_bits(t) / 8;

	for (int i = 0; i < n; i++) {
		uint64_t v = 0;

		memcpy(&v, b + w * i, w);
		tprintf("%s%s=%" PRIu64, i || !opens ? ", " : "", names[i], v);
	}
}

/* struct shminfo (IPC_INFO): five unsigned longs */
static void print_shminfo(struct tracee *t, uint64_t addr)
{
	static const char *const names[] = { "shmmax", "shmmin", "shmmni", "shmseg", "shmall" };
	unsigned char b[40];

	if (umove_or_printaddr(t, addr, 5 * tracee_word_bits(t) / 8, b) < 0)
		return;
	tputc('{');
	print_named_words(t, b, names, 5, 1);
	tputc('}');
}

/* struct shm_info (SHM_INFO): used_ids, an int, then five unsigned longs */
static void print_shm_info(struct tracee *t, uint64_t addr)
{
	static const char *const names[] = { "shm_tot", "shm_rss", "shm_swp", "swap_attempts",
					     "swap_successes" };
	unsigned w = tracee_word_bits(t) / 8;
	unsigned char b[48];

	if (umove_or_printaddr(t, addr, 6 * w, b) < 0)
		return;
	tprintf("{used_ids=%d", (int)get32(b));
	print_named_words(t, b + w, names, 5, 0);
	tputc('}');
}

int dec_msgctl(struct tracee *t)
{
	unsigned cmd = arg_int(t, 1);
	int fills = ctl_fills_ds(cmd, 11, 13);	/* MSG_STAT, MSG_STAT_ANY */

	if (is_info_cmd(cmd, 12))	/* MSG_INFO */
		return decode_ctl(t, &xlat_msgctl_cmds, "MSG_???", 1, print_msginfo);
	return decode_ctl(t, &xlat_msgctl_cmds, "MSG_???", fills, print_msqid_ds);
}

int dec_shmctl(struct tracee *t)
{
	unsigned cmd = arg_int(t, 1);
	int fills = ctl_fills_ds(cmd, 13, 15);	/* SHM_STAT, SHM_STAT_ANY */

	if ((cmd & ~IPC_64_BIT) == 3)	/* IPC_INFO */
		return decode_ctl(t, &xlat_shmctl_cmds, "SHM_???", FILLS_SEP_AT_ENTRY, print_shminfo);
	if ((cmd & ~IPC_64_BIT) == 14)	/* SHM_INFO */
		return decode_ctl(t, &xlat_shmctl_cmds, "SHM_???", FILLS_SEP_AT_ENTRY,
				  print_shm_info);
	return decode_ctl(t, &xlat_shmctl_cmds, "SHM_???", fills ? FILLS_SEP_AT_ENTRY : 0,
			  print_shmid_ds);
}

/*
 * Through ipc, semctl's last argument points to the union semun: [0x...] (its one word, a
 * pointer or SETVAL's value), the address when unreadable. Not checked against a 32-bit
 * strace; its ipc test shows the unreadable case.
 */
static void print_semun_ptr(struct tracee *t, uint64_t addr)
{
	uint64_t v;

	if (!addr || umove_ptr(t, addr, &v) < 0) {
		printaddr(addr);
		return;
	}
	tputc('[');
	printaddr(v);
	tputc(']');
}

static void print_semun_ptr(struct tracee *t, uint64_t addr);

/* semctl's struct semid_ds at exit: through ipc, behind the union semun's pointer */
static void print_semctl_ds(struct tracee *t, uint64_t arg)
{
	uint64_t ds;

	if (syscall_multiplexer(t) != SYS_ipc) {
		if (t->err)
			printaddr(arg);
		else
			print_semid_ds(t, arg);
		return;
	}
	if (t->err || !arg || umove_ptr(t, arg, &ds) < 0)
		print_semun_ptr(t, arg);
	else
		print_semid_ds(t, ds);
}

int dec_semctl(struct tracee *t)
{
	unsigned cmd = arg_int(t, 2);
	int info = is_info_cmd(cmd, 19) && syscall_multiplexer(t) != SYS_ipc;	/* SEM_INFO */
	int fills = ctl_fills_ds(cmd, 18, 20);	/* SEM_STAT, SEM_STAT_ANY */

	if (exiting(t)) {
		if (fills)
			print_semctl_ds(t, arg_ulong(t, 3));
		if (!info)
			return 0;
		if (t->err)
			printaddr(arg_ulong(t, 3));
		else
			print_seminfo(t, arg_ulong(t, 3));
		return 0;
	}
	tprintf("%d, %d, ", arg_int(t, 0), arg_int(t, 1));
	print_ipc_cmd(&xlat_semctl_cmds, cmd, "SEM_???");
	if (info || fills) {
		output_sep_entry();	/* strace prints it before the exit half */
		return 0;
	}
	tputs(", ");
	if (syscall_multiplexer(t) == SYS_ipc)
		print_semun_ptr(t, arg_ulong(t, 3));
	else if ((cmd & ~IPC_64_BIT) == 16 /* SETVAL */)
		printnum_hex(arg_ulong(t, 3));
	else
		printaddr(arg_ulong(t, 3));
	return DEC_DONE;
}

/* {sem_num=0, sem_op=1, sem_flg=SEM_UNDO}: three shorts */
static void print_sembuf(struct tracee *t, const void *elem, void *data)
{
	const unsigned char *b = elem;

	(void)t;
	(void)data;
	tprintf("{sem_num=%u, sem_op=%d, sem_flg=", get16(b), (int16_t)get16(b + 2));
	printflags(&xlat_sem_flags, get16(b + 4), "SEM_???");
	tputc('}');
}

/* NULL and an unreadable first element print the address, as before the array existed */
static void print_sembufs(struct tracee *t, uint64_t addr, unsigned n)
{
	if (!addr) {
		printaddr(addr);
		return;
	}
	print_array(t, addr, n, 6, print_sembuf, NULL);
}

int dec_semop(struct tracee *t)
{
	if (exiting(t))
		return 0;
	tprintf("%d, ", arg_int(t, 0));
	print_sembufs(t, arg_ulong(t, 1), (unsigned)arg_ulong(t, 2));
	tprintf(", %u", (unsigned)arg_ulong(t, 2));
	if (t->se->nargs > 3) {
		tputs(", ");
		print_timespec(t, arg_ulong(t, 3));
	}
	return DEC_DONE;
}

/* struct mq_attr: four longs shown of its eight; mq_flags holds open flags. */
void print_struct_mq_attr(struct tracee *t, uint64_t addr)
{
	int64_t a[8];	/* and __reserved[4]: strace reads the whole struct */

	if (umove_longs(t, addr, a, 8) < 0)
		return;
	tputs("{mq_flags=");
	if (a[0])
		printflags(&xlat_mq_attr_flags, (uint64_t)a[0], "O_???");
	else
		tputc('0');
	tprintf(", mq_maxmsg=%" PRId64 ", mq_msgsize=%" PRId64 ", mq_curmsgs=%" PRId64 "}",
		a[1], a[2], a[3]);
}

int dec_mq_open(struct tracee *t)
{
	uint64_t flags = (uint32_t)arg_ulong(t, 1);	/* an int in the kernel */

	if (exiting(t))
		return RVAL_FD;
	printpath(t, arg_ulong(t, 0));
	tputs(", ");
	print_open_flags(flags);
	if (flags & O_CREAT) {
		tputs(", ");
		print_mode(arg_ulong(t, 2));
		tputs(", ");
		print_struct_mq_attr(t, arg_ulong(t, 3));
	}
	return DEC_DONE;
}

int dec_mq_timedreceive(struct tracee *t)
{
	unsigned prio;

	if (entering(t)) {
		printfd(t, arg_int(t, 0));
		tputs(", ");
		return 0;
	}
	if (t->err)
		printaddr(arg_ulong(t, 1));
	else
		printstr_n(t, arg_ulong(t, 1), t->rval);
	tprintf(", %" PRIu64 ", ", arg_ulong(t, 2));
	if (t->err || !arg_ulong(t, 3) || umoven(t, arg_ulong(t, 3), sizeof(prio), &prio) < 0)
		printaddr(arg_ulong(t, 3));
	else
		tprintf("[%u]", prio);
	tputs(", ");
	print_timespec(t, arg_ulong(t, 4));
	return 0;
}

/*
 * Through ipc the call returns 0 and leaves the address in the word its fourth argument
 * points to (src/subcall.c); strace shows that address as the return value.
 */
int dec_shmat(struct tracee *t)
{
	uint64_t addr;

	if (entering(t)) {
		tprintf("%d, ", arg_int(t, 0));
		printaddr(arg_ulong(t, 1));
		tputs(", ");
		printflags(&xlat_shmat_flags, (unsigned)arg_int(t, 2),
			   xlat_unknown_text(&xlat_shmat_flags));
		return syscall_multiplexer(t) == SYS_ipc ? 0 : DEC_DONE;
	}
	if (t->err || syscall_multiplexer(t) != SYS_ipc)
		return RVAL_HEX;
	if (umove_ptr(t, t->args[3], &addr) < 0)
		return RVAL_HEX;
	t->rval = (int64_t)addr;
	return RVAL_HEX;
}
