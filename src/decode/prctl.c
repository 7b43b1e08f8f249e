/*
 * prctl.c: prctl, each option with the arguments strace prints for it. Which options take
 * which layout of arguments is data: xlat/prctl_layouts.list gives each option a layout
 * word (and the constant set of its argument); this file knows the layouts. An option the
 * list does not name prints its four arguments as words, as strace does.
 */
#include <stdio.h>
#include <string.h>

#include "decode.h"

static void print_prctl_word(uint64_t v)
{
	if (v)
		tprintf("%#" PRIx64, v);
	else
		tputc('0');
}

/* prctl(PR_SET_PTRACER, -1): the one pid with a name */
static void print_ptracer_any(uint64_t v)
{
	print_const_name(xlat_name(&xlat_ptracer_pids, v));
}

/*
 * PR_SET_NAME's name: strace reads the 15 bytes the kernel keeps (TASK_COMM_LEN - 1), and a
 * name without its NUL among them shows "..." even when it is exactly 15 long.
 */
static void print_new_comm(struct tracee *t, uint64_t addr)
{
	char buf[15];
	size_t max = (size_t)opt.max_strlen < sizeof(buf) ? (size_t)opt.max_strlen : sizeof(buf);
	long n = umovestr(t, addr, sizeof(buf), buf);

	if (n < 0)
		printaddr(addr);
	else if ((size_t)n == sizeof(buf) || (size_t)n > max)
		print_quoted((unsigned char *)buf, (size_t)n < max ? (size_t)n : max, QUOTE_ELLIPSIS);
	else
		print_quoted((unsigned char *)buf, n, 0);
}

/* The words from argument `from` to the fourth, as strace shows arguments it does not decode. */
static void print_prctl_words_from(struct tracee *t, int from)
{
	for (int i = from; i < 5; i++) {
		tputs(", ");
		print_prctl_word(arg_ulong(t, i));
	}
}

/*
 * PR_SET_TAGGED_ADDR_CTRL: the enable bit ("!" when clear), the MTE check mode (bits 1-2,
 * named even when none), the tag mask (16 bits from PR_MTE_TAG_SHIFT) and what is left,
 * as strace 7.2: !PR_TAGGED_ADDR_ENABLE|PR_MTE_TCF_NONE|0x2<<PR_MTE_TAG_SHIFT.
 */
static void tagged_addr_ctrl_names(uint64_t v)
{
	const char *shift_name = xlat_name(&xlat_prctl_mte_tcf, 3);
	uint64_t tags = (v >> 3) & 0xffff, rest = v & ~(uint64_t)0x7ffff;

	out_mark(OUT_MARK_VERBATIM);	/* strace's text of it: no colour */
	if (!(v & 1))
		tputc('!');
	print_const_name(xlat_name(&xlat_prctl_tagged_addr, 1));
	print_flag_sep();
	print_const_name(xlat_name(&xlat_prctl_mte_tcf, v & 6));
	if (tags) {
		print_flag_sep();
		tprintf("%#" PRIx64 "<<%s", tags, shift_name);
	}
	if (rest) {
		print_flag_sep();
		tprintf("%#" PRIx64, rest);
	}
	out_mark(OUT_MARK_END);
}

static void print_tagged_addr_ctrl(uint64_t v)
{
	if (!print_number_styled("%#llx", v, tagged_addr_ctrl_names))
		tagged_addr_ctrl_names(v);
}

/* A part of a value spelled out: its name, or bare hex (no comment inside the spelling). */
static void print_name_or_hex(const struct xlat *set, uint64_t v)
{
	const char *name = xlat_name(set, v);

	if (name)
		print_const_name(name);
	else
		printnum_hex(v);
}

/*
 * PR_RISCV_V_SET_CONTROL: the control for now, the one after exec (shifted by 2) and whether
 * it is inherited, each spelled out: PR_RISCV_V_VSTATE_CTRL_OFF|..._DEFAULT<<2|!..._INHERIT.
 */
static void riscv_v_ctrl_names(uint64_t v)
{
	const char *inherit = xlat_name(&xlat_prctl_riscv_v_ctrl_inherit, 0x10);

	out_mark(OUT_MARK_VERBATIM);	/* strace's text of it: no colour */
	print_name_or_hex(&xlat_prctl_riscv_v_ctrl, v & 3);
	tputc('|');
	print_name_or_hex(&xlat_prctl_riscv_v_ctrl, (v >> 2) & 3);
	tprintf("<<2|%s%s", v & 0x10 ? "" : "!", inherit);
	if (v & ~(uint64_t)0x1f)
		tprintf("|%#" PRIx64, v & ~(uint64_t)0x1f);
	out_mark(OUT_MARK_END);
}

static void print_riscv_v_ctrl(uint64_t v)
{
	if (!print_number_styled("%#llx", v, riscv_v_ctrl_names))
		riscv_v_ctrl_names(v);
}


/*
 * PR_SVE_SET_VL, PR_SME_SET_VL: the flags above bit 16 (named from vl_set), then the vector
 * length: PR_SVE_SET_VL_ONEXEC|0x10; a length alone in hex.
 */
static const struct xlat *vl_set;

static void vl_names(uint64_t v)
{
	uint64_t flags = v & ~(uint64_t)0xffff;

	out_mark(OUT_MARK_VERBATIM);	/* strace's text of it: no colour */
	if (flags) {
		if (xlat_any_flag_named(vl_set, flags))
			printflags_style(vl_set, flags, NULL, XLAT_ABBREV);
		else
			printnum_hex(flags);
		print_flag_sep();
	}
	printnum_hex(v & 0xffff);
	out_mark(OUT_MARK_END);
}

static void print_vl(const struct xlat *set, uint64_t v)
{
	vl_set = set;
	if (!(v & ~(uint64_t)0xffff))
		printnum_hex(v);	/* a length alone: no comment even with -X verbose */
	else if (!print_number_styled("%#llx", v, vl_names))
		vl_names(v);
}

/* An option's layout from the data: the word, and the set its argument is named from. */
struct layout {
	char word[24];
	const struct xlat *set;
};

static struct layout layout_of(unsigned op)
{
	const struct xlat_entry *e = xlat_find(&xlat_prctl_layouts, op);
	struct layout l = { "words", NULL };
	char set[64];

	if (!e || !e->text)
		return l;
	set[0] = 0;
	if (sscanf(e->text, "%23s %63s", l.word, set) < 1)
		snprintf(l.word, sizeof(l.word), "words");
	if (set[0])
		l.set = xlat_by_name(set);
	return l;
}

static int is(const struct layout *l, const char *word)
{
	return !strcmp(l->word, word);
}

/* PR_MCE_KILL: a sub-command; PR_MCE_KILL_SET's policy named, then raw words. */
static void print_mce_kill(struct tracee *t, uint64_t a1)
{
	printxval(&xlat_prctl_mce_kill, a1, NULL);
	tputs(", ");
	if (a1 == 1)
		printxval(&xlat_prctl_mce_policy, arg_ulong(t, 2), NULL);
	else
		print_prctl_word(arg_ulong(t, 2));
	print_prctl_words_from(t, 3);
}

/* PR_CAP_AMBIENT: a sub-command, the capability of RAISE, LOWER and IS_SET, raw words. */
static void print_cap_ambient(struct tracee *t, uint64_t a1)
{
	printxval(&xlat_prctl_cap_ambient, a1, NULL);
	tputs(", ");
	if (a1 >= 1 && a1 <= 3)
		printxval(&xlat_capabilities, arg_ulong(t, 2), NULL);
	else
		print_prctl_word(arg_ulong(t, 2));
	print_prctl_words_from(t, 3);
}

/* PR_SET_SYSCALL_USER_DISPATCH: mode, offset, length, selector */
static void print_sys_dispatch(struct tracee *t, uint64_t a1)
{
	printxval(&xlat_prctl_sys_dispatch, a1, NULL);
	tputs(", ");
	print_prctl_word(arg_ulong(t, 2));
	tputs(", ");
	print_prctl_word(arg_ulong(t, 3));
	tputs(", ");
	printaddr(arg_ulong(t, 4));
}

/* PR_SCHED_CORE: command, pid, scope (a pid type, named with its number), cookie */
static void print_sched_core(struct tracee *t, uint64_t a1)
{
	printxval(&xlat_prctl_sched_core, a1, NULL);
	tprintf(", %d, ", (int)arg_ulong(t, 2));
	printxval_style(&xlat_pid_types, arg_ulong(t, 3), NULL,
			opt.xlat_style == XLAT_RAW ? XLAT_RAW : XLAT_VERBOSE);
	if (a1 == 0)	/* PR_SCHED_CORE_GET's cookie address: strace shows it at exit */
		line_args_defer();
	tputs(", ");
	if (a1 == 0)	/* PR_SCHED_CORE_GET: where the cookie goes */
		printaddr(arg_ulong(t, 4));
	else
		print_prctl_word(arg_ulong(t, 4));
}

/* PR_SET_VMA: command, start, length, and the name of PR_SET_VMA_ANON_NAME */
static void print_set_vma(struct tracee *t, uint64_t a1)
{
	printxval(&xlat_prctl_set_vma, a1, NULL);
	tputs(", ");
	print_prctl_word(arg_ulong(t, 2));
	tprintf(", %" PRIu64 ", ", arg_ulong(t, 3));
	if (a1 == 0)
		printstr(t, arg_ulong(t, 4));
	else
		print_prctl_word(arg_ulong(t, 4));
}

/* PR_SET_PTRACER: a pid, or the one with a name (PR_SET_PTRACER_ANY) */
static void print_ptracer(uint64_t a1)
{
	if (!xlat_name(&xlat_ptracer_pids, a1))
		tprintf("%d", (int)a1);
	else if (!print_number_styled("%lld", a1, print_ptracer_any))
		print_ptracer_any(a1);
}

/* The layouts whose argument list is their own: 1 when l was one of them. */
static int prctl_own_layout(struct tracee *t, const struct layout *l, uint64_t a1)
{
	if (is(l, "mce_kill"))
		print_mce_kill(t, a1);
	else if (is(l, "cap_ambient"))
		print_cap_ambient(t, a1);
	else if (is(l, "set_mm")) {
		printxval(&xlat_prctl_mm, a1, NULL);
		print_prctl_words_from(t, 2);
	} else if (is(l, "spec_set")) {
		printxval(&xlat_prctl_spec_which, a1, NULL);
		tputs(", ");
		/* the value is named only for a misfeature strace knows */
		if (xlat_name(&xlat_prctl_spec_which, a1))
			printxval(&xlat_prctl_spec_set, arg_ulong(t, 2), NULL);
		else
			print_prctl_word(arg_ulong(t, 2));
	} else if (is(l, "pac_enabled")) {
		printflags(&xlat_prctl_pac_enabled_keys, a1, NULL);
		tputs(", ");
		printflags(&xlat_prctl_pac_enabled_keys, arg_ulong(t, 2), NULL);
		print_prctl_words_from(t, 3);
	} else if (is(l, "riscv_icache")) {
		printxval(&xlat_prctl_riscv_ctx, a1, NULL);
		tputs(", ");
		printxval(&xlat_prctl_riscv_scope, arg_ulong(t, 2), NULL);
	} else if (is(l, "ppc_dexcr_set")) {
		printxval(&xlat_prctl_ppc_dexcr, a1, NULL);
		tputs(", ");
		printflags(&xlat_prctl_ppc_dexcr_ctrl, arg_ulong(t, 2), NULL);
		print_prctl_words_from(t, 3);
	} else if (is(l, "tagged_addr")) {
		print_tagged_addr_ctrl(a1);
		print_prctl_words_from(t, 2);
	} else if (is(l, "sys_dispatch"))
		print_sys_dispatch(t, a1);
	else if (is(l, "sched_core"))
		print_sched_core(t, a1);
	else if (is(l, "set_vma"))
		print_set_vma(t, a1);
	else if (is(l, "riscv_v"))
		print_riscv_v_ctrl(a1);
	else if (is(l, "comm"))
		print_new_comm(t, a1);
	else if (is(l, "sig"))
		print_signal((int)a1);
	else if (is(l, "ptracer"))
		print_ptracer(a1);
	else
		return 0;
	return 1;
}

/* The one named argument of enum, flags and flags_words; 1 when l was one of them. */
static int prctl_named_layout(struct tracee *t, const struct layout *l, uint64_t a1)
{
	if (!l->set)
		return 0;
	if (is(l, "enum") || is(l, "spec_get")) {
		printxval(l->set, a1, NULL);
	} else if (is(l, "enum_words")) {
		printxval(l->set, a1, NULL);
		print_prctl_words_from(t, 2);
	} else if (is(l, "vl")) {
		print_vl(l->set, a1);
	} else if (is(l, "flags")) {
		printflags(l->set, a1, NULL);
	} else if (is(l, "flags_words")) {
		printflags(l->set, a1, NULL);
		print_prctl_words_from(t, 2);
	} else {
		return 0;
	}
	return 1;
}

static int is_getter(const struct layout *l)
{
	return is(l, "get") || is(l, "get_enum") || is(l, "get_addr");
}

/* the layouts that print at exit: nothing more at entry */
static int is_late(const struct layout *l)
{
	return is_getter(l) || is(l, "late") || is(l, "get_sig") || is(l, "get_comm") ||
	       is(l, "get_dumpable");
}

static int prctl_enter(struct tracee *t, unsigned op, uint64_t a1)
{
	struct layout l = layout_of(op);

	printxval(&xlat_prctl_options, op, NULL);
	if (is(&l, "none"))
		return DEC_DONE;
	if (is(&l, "riscv_v_get"))
		return 0;	/* no argument; the control returned, named at exit */
	if (is_late(&l))
		return 0;
	if (is(&l, "seccomp")) {
		print_prctl_seccomp(t);
		return DEC_DONE;
	}
	tputs(", ");
	if (is(&l, "num") || is(&l, "num_words")) {
		tprintf("%" PRIu64, a1);
		if (is(&l, "num_words"))
			print_prctl_words_from(t, 2);
		return DEC_DONE;
	}
	if (prctl_named_layout(t, &l, a1))
		return is(&l, "spec_get") ? 0 : DEC_DONE;
	if (prctl_own_layout(t, &l, a1))
		return DEC_DONE;
	print_prctl_word(a1);
	print_prctl_words_from(t, 2);
	return is(&l, "mce_kill_get") || is(&l, "tagged_get") ? 0 : DEC_DONE;
}

/* A getter's value once the kernel wrote it: [N], [name] or [pointer]. */
static void print_prctl_got(struct tracee *t, const struct layout *l, uint64_t addr)
{
	uint64_t w;
	unsigned v;

	if (is(l, "get_addr")) {
		if (t->err || umove_ptr(t, addr, &w) < 0) {
			printaddr(addr);
			return;
		}
		tputc('[');
		printaddr(w);
		tputc(']');
		return;
	}
	if (t->err || umoven(t, addr, sizeof(v), &v) < 0) {
		printaddr(addr);
		return;
	}
	tputc('[');
	if (is(l, "get_enum") && l->set)
		printxval(l->set, v, NULL);
	else
		tprintf("%u", v);
	tputc(']');
}

/* PR_GET_SPECULATION_CTRL's return: 0x2 (PR_SPEC_ENABLE), the names alone even with -X verbose */
static void print_spec_ctrl_rval(struct tracee *t)
{
	tputs(" (");
	if (t->rval)
		printflags_style(&xlat_prctl_spec_ctrl, (uint64_t)t->rval, NULL, XLAT_ABBREV);
	else
		print_const_name(xlat_name(&xlat_prctl_spec_not_affected, 0));
	tputc(')');
}

/* PR_GET_TAGGED_ADDR_CTRL's, PR_RISCV_V_GET_CONTROL's return: its names after it */
static void print_tagged_rval(struct tracee *t)
{
	tputs(" (");
	tagged_addr_ctrl_names((uint64_t)t->rval);
	tputc(')');
}

static void print_riscv_v_rval(struct tracee *t)
{
	tputs(" (");
	riscv_v_ctrl_names((uint64_t)t->rval);
	tputc(')');
}

/* a return value shown with its name from set: PR_MCE_KILL_GET's policy, the dumpable mode */
static int rval_named(struct tracee *t, const struct xlat *set)
{
	static char buf[64];
	const char *name = t->err ? NULL : xlat_name(set, t->rval);

	if (!name)
		return 0;
	snprintf(buf, sizeof(buf), "%s", name);
	t->auxstr = buf;
	return RVAL_STR;
}

/* PR_GET_PDEATHSIG's signal, written through the pointer */
static void print_got_signal(struct tracee *t, uint64_t a1)
{
	int sig;

	if (t->err || umoven(t, a1, sizeof(sig), &sig) < 0) {
		printaddr(a1);
		return;
	}
	tputc('[');
	print_signal(sig);
	tputc(']');
}

static int prctl_exit(struct tracee *t, uint64_t a1, const struct layout *l)
{
	if (is_getter(l)) {
		tputs(", ");
		print_prctl_got(t, l, a1);
	} else if (is(l, "spec_get")) {
		if (t->err)
			return 0;
		if (xlat_raw())
			return RVAL_HEX;
		t->auxfn = print_spec_ctrl_rval;
		return RVAL_HEX | RVAL_STR;
	} else if (is(l, "mce_kill_get")) {
		return rval_named(t, &xlat_prctl_mce_policy);
	} else if (is(l, "tagged_get") || is(l, "riscv_v_get")) {
		if (t->err || xlat_raw())
			return 0;
		t->auxfn = is(l, "tagged_get") ? print_tagged_rval : print_riscv_v_rval;
		return RVAL_STR;
	} else if (is(l, "get_comm")) {
		tputs(", ");
		if (t->err)
			printaddr(a1);
		else
			printstr_max(t, a1, opt.max_strlen < 15 ? opt.max_strlen : 15);
	} else if (is(l, "get_sig")) {
		tputs(", ");
		print_got_signal(t, a1);
	} else if (is(l, "get_dumpable")) {
		return rval_named(t, &xlat_dumpable_modes);
	}
	return 0;
}

int dec_prctl(struct tracee *t)
{
	unsigned op = arg_ulong(t, 0);
	uint64_t a1 = arg_ulong(t, 1);
	struct layout l;

	if (entering(t))
		return prctl_enter(t, op, a1);
	l = layout_of(op);
	return prctl_exit(t, a1, &l);
}
