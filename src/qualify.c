/*
 * qualify.c: the -e language, as strace 6.1 reads it and with its error messages.
 *
 *   -e [trace=]SET   -e abbrev=SET   -e verbose=SET   -e raw=SET      (sets of syscalls)
 *   -e signal=SET    -e status=SET   -e quiet=SET     -e decode-fds=SET   -e errno=SET
 *   -e inject=SET:error=E|retval=N|signal=S|delay_enter=T|delay_exit=T[:syscall=S][:when=W]
 *   -e fault=SET[:error=E][:when=W]
 *
 * A syscall SET is a comma list of names (NAME@64, @32, @x32 for one personality), %classes,
 * /regexes, all and none; a word starting with ? may name nothing; one or more ! in front
 * negate the whole set. Each -e of a kind replaces the previous one, as in strace. Every
 * SET goes through the one list parser of numset.c; what differs per kind is its syntax
 * table and its word function.
 */
#include <ctype.h>
#include <errno.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dumpio.h"
#include "fdinfo.h"
#include "filter.h"
#include "print.h"
#include "numset.h"
#include "signals.h"
#include "strc.h"
#include "sysids.h"
#include "xlats.h"

struct qset {
	struct sysset s;
	int used;		/* given on the command line */
	int unknown;		/* numbers without a name are in the set */
};

static struct qset trace_q, abbrev_q, verbose_q, raw_q;
static struct numset signal_on;	/* 0..64 */
static int signal_used;
static unsigned status_bits = STATUS_ALL;
static uint8_t errno_on[4096];	/* -e errno=: the errnos of the failed calls shown */
static int errno_used;
static unsigned quiet_bits;
static int quiet_used;		/* -e quiet= given: -q may not be */
static struct inject_rule *rules;
static int nrules;
static struct numset trace_fds;
static int trace_fds_used_;	/* --trace-fds given */
#define TRACE_FD_LIMIT 65536	/* the descriptors --trace-fds can name */

static const struct {
	const char *name;
	uint32_t bits;
	int bare;	/* strace's old spelling without % is accepted too */
} classes[] = {
	{ "file", CLASS_FILE, 1 }, { "desc", CLASS_DESC, 1 }, { "process", CLASS_PROCESS, 1 },
	{ "net", CLASS_NETWORK, 0 }, { "network", CLASS_NETWORK, 1 },
	{ "signal", CLASS_SIGNAL, 1 }, { "ipc", CLASS_IPC, 1 }, { "memory", CLASS_MEMORY, 1 },
	{ "creds", CLASS_CREDS, 0 }, { "clock", CLASS_CLOCK, 0 }, { "stat", CLASS_STAT, 0 },
	{ "lstat", CLASS_LSTAT, 0 }, { "fstat", CLASS_FSTAT, 0 },
	{ "%stat", CLASS_STAT_LIKE, 0 }, { "statfs", CLASS_STATFS, 0 },
	{ "fstatfs", CLASS_FSTATFS, 0 }, { "%statfs", CLASS_STATFS_LIKE, 0 },
	{ "pure", CLASS_PURE, 0 },
};

unsigned arch_pers(const struct arch_table *a)
{
	if (!a || a->bits == 64)
		return PERS_64;
	return a->nr_base ? PERS_X32 : PERS_32;
}

void qualify_reset(void)
{
	memset(&trace_q, 0, sizeof(trace_q));
	memset(&abbrev_q, 0, sizeof(abbrev_q));
	memset(&verbose_q, 0, sizeof(verbose_q));
	memset(&raw_q, 0, sizeof(raw_q));
	numset_free(&signal_on);
	signal_used = 0;
	status_bits = STATUS_ALL;
	memset(errno_on, 0, sizeof(errno_on));
	errno_used = 0;
	quiet_bits = 0;
	quiet_used = 0;
	free(rules);
	rules = NULL;
	nrules = 0;
	numset_free(&trace_fds);
	trace_fds_used_ = 0;
}

static void oom(void *p)
{
	if (!p)
		die("out of memory");
}

/* Personality error: strace reports it as a usage error. */
static int bad_personality(const char *pers, const char *word)
{
	warnx_("incorrect personality designator '%s' in qualification '%s'", pers, word);
	fprintf(stderr, "Try '%s -h' for more information.\n", opt.progname);
	return -1;
}

static int add_class(struct sysset *s, const char *name, int bare, unsigned pers)
{
	for (size_t i = 0; i < sizeof(classes) / sizeof(classes[0]); i++) {
		if (strcmp(classes[i].name, name) || (bare && !classes[i].bare))
			continue;
		for (int id = 0; id < SYS_COUNT; id++)
			if (sysent[id].classes & classes[i].bits)
				s->on[id] |= pers;
		return 0;
	}
	return -1;
}

static int add_regex(struct sysset *s, const char *re, unsigned pers, int *matched)
{
	regex_t rx;
	char msg[256];
	int rc = regcomp(&rx, re, REG_EXTENDED | REG_NOSUB);

	if (rc) {
		regerror(rc, &rx, msg, sizeof(msg));
		warnx_("regcomp: %s: %s", re, msg);
		return -1;
	}
	*matched = 0;
	for (int id = 0; id < SYS_COUNT; id++) {
		if (regexec(&rx, sysent[id].name, 0, NULL, 0) == 0) {
			s->on[id] |= pers;
			*matched = 1;
		}
	}
	regfree(&rx);
	return 0;
}

/*
 * "59": that number in each personality's own table (execve on x86_64, oldolduname on
 * i386), as strace reads it. -1 when w is no number or names no call anywhere.
 */
static int add_sys_number(struct sysset *s, const char *w, unsigned pers)
{
	char *end;
	unsigned long nr;
	int found = 0;

	if (*w < '0' || *w > '9')
		return -1;
	errno = 0;
	nr = strtoul(w, &end, 10);
	if (errno || *end)
		return -1;
	for (int i = 0; i < ARCH_COUNT; i++) {
		const struct arch_table *a = &arch_tables[i];
		unsigned p = arch_pers(a) & pers;

		if (!p || nr >= a->nmap || a->map[nr] < 0)
			continue;
		s->on[a->map[nr]] |= p;
		found = 1;
	}
	return found ? 0 : -1;
}

/* One word of a syscall set ("all" and "none" with a personality too). Returns 0, or -2
 * after printing why (list_parse's convention). */
static int add_sys_word(void *set, char *w)
{
	struct qset *q = set;
	int optional = 0, matched;
	unsigned pers = PERS_ALL;
	char *at;

	if (*w == '?') {
		optional = 1;
		w++;
	}
	if (*w == '/') {
		if (add_regex(&q->s, w + 1, pers, &matched) < 0)
			return -2;
		if (matched || optional)
			return 0;
		warnx_("invalid system call '%s'", w);
		return -2;
	}
	at = strrchr(w, '@');
	if (at) {
		const char *p = at + 1;

		if (strcmp(p, "64") == 0)
			pers = PERS_64;
		else if (strcmp(p, "32") == 0)
			pers = PERS_32;
		else if (strcmp(p, "x32") == 0)
			pers = PERS_X32;
		else {
			bad_personality(p, w);
			return -2;
		}
		*at = 0;
	}
	if (strcmp(w, "all") == 0) {
		for (int id = 0; id < SYS_COUNT; id++)
			q->s.on[id] |= pers;
		q->unknown = 1;
		return 0;
	}
	if (strcmp(w, "none") == 0)
		return 0;
	if (*w == '%' ? add_class(&q->s, w + 1, 0, pers) == 0 : add_class(&q->s, w, 1, pers) == 0)
		return 0;
	int id = syscall_by_name(w);
	if (id >= 0) {
		q->s.on[id] |= pers;
		return 0;
	}
	if (add_sys_number(&q->s, w, pers) == 0)
		return 0;
	if (optional)
		return 0;
	if (at)
		*at = '@';
	warnx_("invalid system call '%s'", w);
	return -2;
}

static void invert_sysset(void *set)
{
	struct qset *q = set;

	for (int id = 0; id < SYS_COUNT; id++)
		q->s.on[id] ^= PERS_ALL;
	q->unknown = !q->unknown;
}

/* A whole syscall set, replacing q's. */
static int parse_sysset(struct qset *q, const char *spec)
{
	static const struct list_syntax syn = {
		"system call", LIST_OWN_WORDS, add_sys_word, NULL, invert_sysset,
	};
	struct qset n;

	memset(&n, 0, sizeof(n));
	if (list_parse(spec, &syn, &n) < 0)
		return -1;
	n.used = 1;
	*q = n;
	return 0;
}

/* A comma list of words from a fixed vocabulary into bits; all, none and ! as usual. */
static int parse_words(const char *spec, const struct word_bits *vocab, unsigned all,
		       const char *what, unsigned *out)
{
	struct list_syntax syn = { what, 0, word_set_word, word_set_all, word_set_invert };
	struct word_set ws = { vocab, all, 0, 0 };

	if (list_parse(spec, &syn, &ws) < 0)
		return -1;
	*out = ws.bits;
	return 0;
}

static const struct word_bits status_words[] = {
	{ "successful", STATUS_SUCCESSFUL }, { "failed", STATUS_FAILED },
	{ "unfinished", STATUS_UNFINISHED }, { "unavailable", STATUS_UNAVAILABLE },
	{ "detached", STATUS_DETACHED }, { NULL, 0 },
};

static const struct word_bits quiet_words[] = {
	{ "attach", QUIET_ATTACH }, { "exit", QUIET_EXIT }, { "exits", QUIET_EXIT },
	{ "path-resolution", QUIET_PATH_RESOLUTION }, { "personality", QUIET_PERSONALITY },
	{ "thread-execve", QUIET_THREAD_EXECVE | QUIET_SUPERSEDED },
	{ "superseded", QUIET_THREAD_EXECVE | QUIET_SUPERSEDED },
	{ NULL, 0 },
};

/* A signal by number (0 to 64) or name, with or without SIG, in any case; -1 if none. */
int signal_by_name(const char *s)
{
	char *end;
	long v;

	if (isdigit((unsigned char)*s)) {
		errno = 0;
		v = strtol(s, &end, 10);
		return !errno && !*end && v <= 64 ? (int)v : -1;
	}
	if (strncasecmp(s, "SIG", 3) == 0)
		s += 3;
	for (int sig = 1; sig <= 64; sig++) {
		const char *name = signal_name(sig);

		if (name && strcasecmp(name + 3, s) == 0)
			return sig;
	}
	return -1;
}

static int signal_number(const char *w, uint64_t *n)
{
	int sig = signal_by_name(w);

	*n = (uint64_t)sig;
	return sig < 0 ? -1 : 0;
}

/* A set parsed into a new numset, which replaces *dst only when the whole list is valid. */
static int parse_numset(const char *spec, const char *what,
			int (*number)(const char *w, uint64_t *n), struct numset *dst)
{
	struct list_syntax syn = { what, 0, number_set_word, number_set_all, number_set_invert };
	struct numset n = { 0 };
	struct number_set ns = { &n, number };

	if (list_parse(spec, &syn, &ns) < 0) {
		numset_free(&n);
		return -1;
	}
	numset_free(dst);
	*dst = n;
	return 0;
}

static int parse_signals(const char *spec)
{
	if (parse_numset(spec, "signal", signal_number, &signal_on) < 0)
		return -1;
	signal_used = 1;
	return 0;
}

static int trace_fd_number(const char *w, uint64_t *n)
{
	char *end;
	long fd;

	errno = 0;
	fd = strtol(w, &end, 10);
	if (!isdigit((unsigned char)*w) || errno || *end || fd >= TRACE_FD_LIMIT)
		return -1;
	*n = (uint64_t)fd;
	return 0;
}

/* --trace-fds=SET: descriptors 0..65535, all, none, ! as usual. */
static int parse_fds(const char *spec)
{
	if (parse_numset(spec, "descriptor", trace_fd_number, &trace_fds) < 0)
		return -1;
	trace_fds_used_ = 1;
	return 0;
}

/* A decimal number in [min, max], nothing after it. */
static int parse_uint(const char **pp, unsigned long long max, unsigned long long *out)
{
	const char *p = *pp;
	char *end;

	if (!isdigit((unsigned char)*p))
		return -1;
	errno = 0;
	*out = strtoull(p, &end, 10);
	if (errno || *out > max)
		return -1;
	*pp = end;
	return 0;
}

/* A decimal number as strtoul reads it (leading blanks and + allowed), in [min, max]. */
static int parse_num(const char **pp, unsigned long long min, unsigned long long max,
		     unsigned long long *out)
{
	const char *p = *pp;

	while (isspace((unsigned char)*p))
		p++;
	if (*p == '+')
		p++;
	if (parse_uint(&p, max, out) < 0 || *out < min)
		return -1;
	*pp = p;
	return 0;
}

/*
 * when=FIRST[..LAST][+[STEP]]: FIRST and STEP 1..65535, LAST FIRST..65534. FIRST alone is
 * one invocation, FIRST..LAST a range, a + goes on every STEP (default 1) until LAST.
 */
static int parse_when(const char *s, struct inject_rule *r)
{
	unsigned long long v;
	int range = 0;

	if (parse_num(&s, 1, 65535, &v) < 0)
		return -1;
	r->first = r->last = (unsigned)v;
	r->step = 1;
	if (strncmp(s, "..", 2) == 0) {
		s += 2;
		range = 1;
		if (parse_num(&s, r->first, 65534, &v) < 0)
			return -1;
		r->last = (unsigned)v;
	}
	if (*s == '+') {
		s++;
		if (!range)
			r->last = WHEN_INFINITY;
		if (*s) {
			if (parse_num(&s, 1, 65535, &v) < 0)
				return -1;
			r->step = (unsigned)v;
		}
	}
	return *s ? -1 : 0;
}

static int parse_errno(const char *s)
{
	unsigned long long v;
	const char *p = s;

	if (parse_num(&p, 1, 4095, &v) == 0)
		return *p ? -1 : (int)v;
	for (unsigned i = 0; i < xlat_errnos.n; i++)
		if (strcasecmp(xlat_errnos.e[i].name, s) == 0)
			return (int)xlat_errnos.e[i].val;
	return -1;
}

/* retval=N: any 64-bit value, negative ones as their two's complement. */
static int parse_retval(const char *s, uint64_t *out)
{
	const char *p = s;
	char *end;
	int neg;

	while (isspace((unsigned char)*p))
		p++;
	neg = *p == '-';
	if (*p == '-' || *p == '+')
		p++;
	if (!isdigit((unsigned char)*p))
		return -1;
	errno = 0;
	*out = strtoull(p, &end, 0);
	if (errno || *end)
		return -1;
	if (neg)
		*out = -*out;
	return 0;
}

/*
 * delay_enter=/delay_exit=: strace's time syntax, a decimal floating point number with an
 * optional unit s, ms, us (the default) or ns; kept in microseconds, saturating.
 */
int parse_delay(const char *s, uint64_t *us)
{
	static const struct { const char *unit; double scale; } units[] = {
		{ "", 1 }, { "us", 1 }, { "s", 1e6 }, { "ms", 1e3 }, { "ns", 1e-3 },
	};
	const char *p = s;
	char *end;
	double v;

	while (isspace((unsigned char)*p))
		p++;
	if (*p == '+')
		p++;
	if (!isdigit((unsigned char)*p) && !(*p == '.' && isdigit((unsigned char)p[1])))
		return -1;	/* no sign, inf, nan or hex */
	if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X'))
		return -1;
	v = strtod(p, &end);
	for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++) {
		if (strcmp(end, units[i].unit))
			continue;
		v *= units[i].scale;
		*us = v >= 1.8e19 ? UINT64_MAX : (uint64_t)v;
		return 0;
	}
	return -1;
}

/* syscall=NAME: a pure call run instead of the injected one. */
static int parse_substitute(const char *s, int *id)
{
	*id = syscall_by_name(s);
	return *id >= 0 && (sysent[*id].classes & CLASS_PURE) ? 0 : -1;
}

/* One KEY=VALUE of an inject/fault spec into r; -1 when bad. */
static int inject_option(struct inject_rule *r, const char *o, int fault)
{
	const char *v = strchr(o, '=');
	size_t klen;

	if (!v)
		return -1;
	klen = v++ - o;
#define KEY(k) (klen == sizeof(k) - 1 && strncmp(o, k, klen) == 0)
	if (KEY("when"))
		return parse_when(v, r);	/* the last one counts */
	if (KEY("syscall")) {
		if (r->has_syscall)
			return -1;
		r->has_syscall = 1;
		return parse_substitute(v, &r->syscall);
	}
	if (KEY("error")) {
		if (r->error || r->has_retval)
			return -1;
		r->error = parse_errno(v);
		return r->error > 0 ? 0 : -1;
	}
	if (fault)
		return -1;
	if (KEY("retval")) {
		if (r->error || r->has_retval)
			return -1;
		r->has_retval = 1;
		return parse_retval(v, &r->retval);
	}
	if (KEY("signal")) {
		if (r->signal)
			return -1;
		r->signal = signal_by_name(v);
		return r->signal > 0 ? 0 : -1;
	}
	if (KEY("delay_enter")) {
		if (r->has_delay_enter)
			return -1;
		r->has_delay_enter = 1;
		return parse_delay(v, &r->delay_enter);
	}
	if (KEY("delay_exit")) {
		if (r->has_delay_exit)
			return -1;
		r->has_delay_exit = 1;
		return parse_delay(v, &r->delay_exit);
	}
#undef KEY
	return -1;
}

/* A retval that the tracee would take for an error is allowed, with strace's warning. */
static void warn_retval(const struct inject_rule *r)
{
	if (!r->has_retval)
		return;
	if (r->retval >= (uint64_t)-4095)
		warnx_("Inadvertent injection of error %d is possible for retval=%llu",
		       (int)-r->retval, (unsigned long long)r->retval);
	else if (r->retval != (uint32_t)r->retval)
		warnx_("Injected return value %llu will be clipped to %u in compat personality",
		       (unsigned long long)r->retval, (unsigned)(uint32_t)r->retval);
	else if ((uint32_t)r->retval >= (uint32_t)-4095)
		warnx_("Inadvertent injection of error %d is possible in compat personality"
		       " for retval=%llu", (int)-(int32_t)r->retval,
		       (unsigned long long)r->retval);
}

static int parse_inject(const char *spec, int fault)
{
	const char *kind = fault ? "fault" : "inject";
	struct inject_rule r;
	struct qset set;
	int bad = 0;
	char *copy = strdup(spec), *colon, *o, *save;

	oom(copy);
	memset(&r, 0, sizeof(r));
	memset(&set, 0, sizeof(set));
	r.first = 1;
	r.last = WHEN_INFINITY;
	r.step = 1;
	colon = strchr(copy, ':');
	if (colon)
		*colon = 0;
	if (parse_sysset(&set, copy) < 0) {
		free(copy);
		return -1;
	}
	if (colon) {
		for (o = strtok_r(colon + 1, ":", &save); o && !bad; o = strtok_r(NULL, ":", &save))
			bad = inject_option(&r, o, fault) < 0;
	}
	free(copy);
	if (fault && !r.error)
		r.error = ENOSYS;
	if (!bad && !r.error && !r.has_retval && !r.signal && !r.has_delay_enter &&
	    !r.has_delay_exit)
		bad = 1;
	if (r.has_syscall && !r.error && !r.has_retval)
		bad = 1;
	if (bad) {
		warnx_("invalid %s argument '%s'", kind, spec);
		return -1;
	}
	warn_retval(&r);
	r.set = set.s;
	rules = realloc(rules, (nrules + 1) * sizeof(*rules));
	oom(rules);
	rules[nrules++] = r;
	return 0;
}

static int parse_status(const char *spec)
{
	return parse_words(spec, status_words, STATUS_ALL, "status", &status_bits);
}

/*
 * -e errno=ENOENT,EACCES: -e status=failed narrowed to these errnos, or to all others with
 * '!'; names as -e inject='s error= takes them, or numbers.
 */
static int parse_errno_set(const char *spec)
{
	const char *p = spec;
	int invert = 0, words = 0;
	char *copy, *w, *save;

	while (*p == '!') {
		invert = !invert;
		p++;
	}
	memset(errno_on, 0, sizeof(errno_on));
	copy = strdup(p);
	oom(copy);
	for (w = strtok_r(copy, ",", &save); w; w = strtok_r(NULL, ",", &save)) {
		int e = strcasecmp(w, "all") == 0 ? 0 : parse_errno(w);

		words++;
		if (e < 0) {
			warnx_("invalid errno '%s'", w);
			free(copy);
			return -1;
		}
		if (e == 0)
			memset(errno_on, 1, sizeof(errno_on));
		else
			errno_on[e] = 1;
	}
	free(copy);
	if (!words) {
		warnx_("invalid errno '%s'", spec);
		return -1;
	}
	for (size_t i = 1; invert && i < sizeof(errno_on); i++)
		errno_on[i] = !errno_on[i];
	errno_used = 1;
	return 0;
}

int errno_filtering(void)
{
	return errno_used;
}

/* Whether a call that ended with err (0: it succeeded) passes -e errno= */
int errno_wanted(int err)
{
	if (!errno_used)
		return 1;
	return err > 0 && err < (int)sizeof(errno_on) && errno_on[err];
}

static int parse_quiet(const char *spec)
{
	if (parse_words(spec, quiet_words, 127, "quiet", &quiet_bits) < 0)
		return -1;
	quiet_used = 1;
	return 0;
}

int quiet_qualified(void)
{
	return quiet_used;
}

static int parse_trace(const char *spec) { return parse_sysset(&trace_q, spec); }
static int parse_abbrev(const char *spec) { return parse_sysset(&abbrev_q, spec); }
static int parse_verbose(const char *spec) { return parse_sysset(&verbose_q, spec); }
static int parse_raw(const char *spec) { return parse_sysset(&raw_q, spec); }
static int parse_inj(const char *spec) { return parse_inject(spec, 0); }
static int parse_fault(const char *spec) { return parse_inject(spec, 1); }

/* Built elsewhere: -y's decoration (src/fdinfo.c) and the hex dumps (src/dumpio.c). */
static int parse_decode_fds_built(const char *spec) { return fdinfo_qualify(spec); }
static int parse_read(const char *spec) { return dumpio_qualify(0, spec); }
static int parse_write(const char *spec) { return dumpio_qualify(1, spec); }

static const struct word_bits decode_pids_words[] = {
	{ "comm", DECODE_PID_COMM }, { "pidns", DECODE_PID_NS }, { NULL, 0 },
};

/* -e decode-pids=, --decode-pids=, and -Y and --pidns-translation: the last one sets it */
static int parse_decode_pids(const char *spec)
{
	unsigned bits;

	if (parse_words(spec, decode_pids_words, DECODE_PID_COMM | DECODE_PID_NS, "decode-pids",
			&bits) < 0)
		return -1;
	opt.decode_pids = (int)bits;
	return 0;
}

static int parse_namespace(const char *spec);
static int parse_kvm(const char *spec);

static int acted_on(int (*parse)(const char *))
{
	return parse == parse_trace || parse == parse_decode_fds_built || parse == parse_read ||
	       parse == parse_write || parse == parse_inj || parse == parse_fault ||
	       parse == parse_status || parse == parse_signals || parse == parse_errno_set ||
	       parse == parse_quiet || parse == parse_fds || parse == parse_raw ||
	       parse == parse_abbrev || parse == parse_verbose || parse == parse_decode_pids ||
	       parse == parse_namespace || parse == parse_kvm;
}

/* -e kvm=vcpu, and vcpu+: the whole struct kvm_run around each KVM_RUN (src/kvm.c) */
static int parse_kvm(const char *spec)
{
	if (strcmp(spec, "vcpu") == 0 || strcmp(spec, "vcpu+") == 0) {
		opt.kvm_vcpu = spec[4] ? 2 : 1;
		return 0;
	}
	warnx_("invalid -e kvm= argument: '%s'", spec);
	return -1;
}

/* -e namespace=new: strace 7.2's only value (src/namespaces.c) */
static int parse_namespace(const char *spec)
{
	if (strcmp(spec, "new") == 0) {
		opt.namespace_new = 1;
		return 0;
	}
	warnx_("invalid -e namespace= argument: '%s'", spec);
	return -1;
}

static const struct {
	const char *name;
	int (*parse)(const char *spec);
} qualifiers[] = {
	{ "trace", parse_trace }, { "t", parse_trace },
	{ "abbrev", parse_abbrev }, { "a", parse_abbrev },
	{ "verbose", parse_verbose }, { "v", parse_verbose },
	{ "raw", parse_raw }, { "x", parse_raw },
	{ "signal", parse_signals }, { "signals", parse_signals }, { "s", parse_signals },
	{ "status", parse_status },
	{ "errno", parse_errno_set },
	{ "quiet", parse_quiet }, { "silent", parse_quiet }, { "silence", parse_quiet },
	{ "q", parse_quiet },
	{ "decode-fds", parse_decode_fds_built }, { "decode-fd", parse_decode_fds_built },
	{ "trace-fds", parse_fds }, { "trace-fd", parse_fds }, { "fd", parse_fds },
	{ "fds", parse_fds },
	{ "inject", parse_inj }, { "fault", parse_fault },
	{ "read", parse_read }, { "reads", parse_read }, { "r", parse_read },
	{ "write", parse_write }, { "writes", parse_write }, { "w", parse_write },
	{ "decode-pids", parse_decode_pids }, { "decode-pid", parse_decode_pids },
	{ "kvm", parse_kvm },
	{ "namespace", parse_namespace },
};

int qualify(const char *spec)
{
	const char *eq = strchr(spec, '=');

	if (eq) {
		size_t klen = eq - spec;

		for (size_t i = 0; i < sizeof(qualifiers) / sizeof(qualifiers[0]); i++) {
			if (strlen(qualifiers[i].name) != klen ||
			    strncmp(spec, qualifiers[i].name, klen))
				continue;
			int rc = qualifiers[i].parse(eq + 1);
			/* parsed and checked, but the tracer does not act on it yet: refuse */
			if (rc == -2 || (rc == 0 && !acted_on(qualifiers[i].parse))) {
				warnx_("-e %s= is not supported yet", qualifiers[i].name);
				return -1;
			}
			return rc < 0 ? -1 : 0;
		}
	}
	return parse_trace(spec);
}

int sysset_has(const struct sysset *s, int id, unsigned pers)
{
	return id >= 0 && id < SYS_COUNT && (s->on[id] & pers);
}

static int qset_has(const struct qset *q, const struct tracee *t)
{
	if (t->id < 0)
		return q->unknown;
	return (q->s.on[t->id] & arch_pers(t->arch)) != 0;
}

int trace_wanted(const struct tracee *t)
{
	return !trace_q.used || qset_has(&trace_q, t);
}

int trace_selected(int id)
{
	return !trace_q.used || (id >= 0 ? trace_q.s.on[id] != 0 : trace_q.unknown);
}

int trace_any_selected(int id)
{
	return trace_selected(id);
}

int trace_all_selected(void)
{
	if (!trace_q.used)
		return 1;
	for (int i = 0; i < SYS_COUNT; i++)
		if (trace_q.s.on[i] != PERS_ALL)
			return 0;
	return trace_q.unknown;
}

const struct sysset *trace_sysset(void)
{
	return trace_q.used ? &trace_q.s : NULL;
}

int raw_wanted(const struct tracee *t)
{
	return raw_q.used && qset_has(&raw_q, t);
}

int abbrev_wanted(const struct tracee *t)
{
	return !abbrev_q.used || qset_has(&abbrev_q, t);
}

int verbose_wanted(const struct tracee *t)
{
	if (verbose_q.used)
		return qset_has(&verbose_q, t);
	return 1;
}

int signal_wanted(int sig)
{
	if (!signal_used)
		return 1;
	return sig >= 0 && sig <= 64 && numset_has(&signal_on, sig);
}

unsigned status_mask(void)
{
	return status_bits;
}

int status_filtering(void)
{
	return status_mask() != STATUS_ALL || errno_used;
}

int quiet_about(unsigned what)
{
	if (quiet_bits & what)
		return 1;
	/* -q, -qq, -qqq: each adds to the one before */
	if (what == QUIET_ATTACH || what == QUIET_PERSONALITY)
		return opt.quiet >= 1;
	if (what == QUIET_EXIT)
		return opt.quiet >= 2;
	return opt.quiet >= 3;
}

int ninject_rules(void)
{
	return nrules;
}

const struct inject_rule *inject_rule_at(int i)
{
	return i >= 0 && i < nrules ? &rules[i] : NULL;
}

int trace_fds_used(void)
{
	return trace_fds_used_;
}

int trace_fd_wanted(int fd)
{
	return !trace_fds_used_ || (fd < TRACE_FD_LIMIT && numset_has(&trace_fds, fd));
}
