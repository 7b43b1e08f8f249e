/*
 * sysent.h: the shapes of the tables generated from syscalltab/.
 *
 * src/gen/mktables.py reads the ARG_, RET_ and CLASS_ enums below to learn which words the
 * data may use (ARG_OBUF <-> "obuf"), so adding a kind means adding it here and teaching the
 * printer in src/syscall.c; nothing else.
 */
#ifndef STRC_SYSENT_H
#define STRC_SYSENT_H

#include <stdint.h>

struct tracee;

enum arg_kind {
	ARG_NONE_ = 0,
	ARG_INT,
	ARG_UINT,
	ARG_LONG,
	ARG_ULONG,
	ARG_SIZE,
	ARG_OFF,
	ARG_HEX,
	ARG_OCT,
	ARG_PTR,
	ARG_FD,
	ARG_DIRFD,
	ARG_PID,
	ARG_PGID,	/* a process group or session: a pid without -Y's name */
	ARG_UID,
	ARG_GID,
	ARG_SIG,
	ARG_PATH,
	ARG_STR,
	ARG_IBUF,
	ARG_OBUF,
	ARG_FLAGS,
	ARG_ENUM,
	ARG_STRUCT,
	ARG_OSTRUCT,
	ARG_LFLAGS,	/* flags: and enum: are int-sized in the kernel; these two are long */
	ARG_LENUM,
};

enum ret_kind {
	RET_INT,
	RET_UINT,
	RET_HEX,
	RET_OCT,
	RET_FD,
	RET_NONE,
	RET_PID,	/* with -Y, followed by the process's name */
	RET_PGID,	/* a process group or session: only --decode-pids=pidns's translation */
};

enum syscall_class {
	CLASS_FILE = 1u << 0,
	CLASS_DESC = 1u << 1,
	CLASS_PROCESS = 1u << 2,
	CLASS_NETWORK = 1u << 3,
	CLASS_SIGNAL = 1u << 4,
	CLASS_IPC = 1u << 5,
	CLASS_MEMORY = 1u << 6,
	CLASS_CREDS = 1u << 7,
	CLASS_CLOCK = 1u << 8,
	CLASS_STAT = 1u << 9,
	CLASS_LSTAT = 1u << 10,
	CLASS_FSTAT = 1u << 11,
	CLASS_STAT_LIKE = 1u << 12,
	CLASS_STATFS = 1u << 13,
	CLASS_FSTATFS = 1u << 14,
	CLASS_STATFS_LIKE = 1u << 15,
	CLASS_PURE = 1u << 16,
};

/* Facts about a call that the tracer's features act on: syscalls.sig's "!FLAG" words. */
enum syscall_flag {
	SF_EXEC = 1u << 0,	/* replaces the program (-k starts over) */
	SF_MAPS = 1u << 1,	/* may change the executable mappings (-k reads them again) */
	SF_FD_SETS = 1u << 2,	/* arguments 1-3 are fd_sets of as many bits as argument 0 */
	SF_POLLFDS = 1u << 3,	/* argument 0 is an array of struct pollfd, argument 1 long */
	/* -e read=, -e write=: the data a call on descriptor argument 0 moved, and where */
	SF_READS = 1u << 4,	/* into the tracee: dumped for -e read= */
	SF_WRITES = 1u << 5,	/* out of the tracee: dumped for -e write= */
	SF_DATA_BUF = 1u << 6,	/* argument 1 is the buffer, argument 2 its size */
	SF_DATA_IOV = 1u << 7,	/* argument 1 is an iovec array, argument 2 its length */
	SF_DATA_MSG = 1u << 8,	/* argument 1 is a struct msghdr */
	SF_DATA_MMSG = 1u << 9,	/* argument 1 is an array of struct mmsghdr */
};

/*
 * A decoder is called at syscall entry and, unless it returned DEC_DONE there, again at
 * exit (t->exiting set). At entry it returns DEC_DONE or 0, nothing else (syscall.c checks):
 * how the return value prints is the signature's ret, or what the exit call returns, 0 or
 * RVAL_* bits that override it. State kept from entry to exit goes in call_memo(t, type).
 */
typedef int (*decoder_fn)(struct tracee *t);
typedef void (*struct_printer_fn)(struct tracee *t, uint64_t addr);

enum {
	DEC_DONE = 1 << 0,	/* entry printed everything; skip the exit call */
	RVAL_HEX = 1 << 1,
	RVAL_OCT = 1 << 2,
	RVAL_FD = 1 << 3,
	RVAL_UDEC = 1 << 4,
	RVAL_DEC = 1 << 5,
	RVAL_STR = 1 << 6,	/* append " (" t->auxstr ")", or what t->auxfn prints */
	RVAL_NONE = 1 << 7,	/* print "= ?" */
	RVAL_PID = 1 << 8,	/* a process: -Y names it */
};

struct sysent {
	const char *name;
	uint8_t nargs;
	uint8_t arg[6];		/* enum arg_kind */
	uintptr_t aux[6];	/* xlat*, size-argument index, or struct printer */
	uint8_t ret;		/* enum ret_kind */
	uint32_t classes;	/* enum syscall_class bits */
	decoder_fn decode;	/* NULL: the generic printer */
	uint16_t flags;		/* enum syscall_flag bits */
	const struct argnames *argnames;	/* -N: its cases, up to one with names NULL */
};

/*
 * -N: the names of a call's arguments as its line prints them (syscalltab/argnames), for
 * the calls whose argument argi, masked, is value (argi 0xff: any call of it), and whose
 * argument argi2 is value2 too (argi2 0xff: no second condition; prctl's sub-operations).
 * A NULL name: none printed there.
 */
struct argnames {
	const char *const *names;
	uint8_t n;
	uint8_t argi;
	uint64_t mask, value;
	uint8_t argi2;
	uint64_t mask2, value2;
};

struct xlat_entry {
	uint64_t val;
	const char *name;
	const char *text;
};

struct xlat {
	const struct xlat_entry *e;
	unsigned n;
	const char *set;
	const char *dflt;	/* "@default" of the list: the comment for unknown values */
};

struct nr_name {
	unsigned nr;
	int id;
};

struct arch_table {
	const char *name;
	uint32_t audit_arch;
	uint32_t nr_base;	/* x32: 0x40000000 */
	int bits;
	unsigned nmap;
	const short *map;	/* (nr - nr_base) -> syscall id, -1 for none */
	unsigned nextra;
	const struct nr_name *extra;	/* numbers past the map (arm's private calls) */
};

extern const struct sysent sysent[];
extern const struct arch_table arch_tables[];
extern const struct xlat *const xlat_all[];

/* src/systab.c */
const struct arch_table *arch_by_audit(uint32_t audit_arch, uint64_t nr);
const struct arch_table *arch_by_name(const char *name);
const struct sysent *syscall_lookup(const struct arch_table *a, uint64_t nr);
int syscall_by_name(const char *name);
const struct xlat *xlat_by_name(const char *set);
const char *xlat_name(const struct xlat *x, uint64_t val);
const struct xlat_entry *xlat_find(const struct xlat *x, uint64_t val);

#endif
