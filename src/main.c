/*
 * main.c: the command line, on the top floor. Reads strace's options into `opt` (defined,
 * with its defaults, on the ground floor in util.c), checks them, starts the tracer, and
 * exits with the traced command's status.
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fdinfo.h"
#include "filter.h"
#include "print.h"
#include "report.h"
#include "strc.h"
#include "summary.h"
#include "timing.h"
#include "tracer.h"

#define STRC_VERSION "0.1"

static void usage_error(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));
static void usage_error(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", opt.progname);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nTry '%s -h' for more information.\n", opt.progname);
	exit(1);
}

static void usage(void)
{
	printf("Usage: %s [-cCfhqvVxy] [-a COLUMN] [-e EXPR]... [-o FILE] [-s STRSIZE]\n"
	       "            PROG [ARGS]\n"
	       "\n"
	       "  -A             append to the -o file instead of starting it over\n"
	       "  -a COLUMN      align return values at COLUMN (default 40)\n"
	       "  -c             count time, calls and errors of each syscall; print a summary\n"
	       "  -C             like -c, and print the calls as well\n"
	       "  -O OVERHEAD    with -c: take OVERHEAD (10us, 1ms...) off each call's time\n"
	       "  -S SORTBY      with -c: sort by time, min-time, max-time, avg-time, calls,\n"
	       "                 errors, name or nothing\n"
	       "  -U COLUMNS     with -c: the columns, e.g. name,calls,errors,time-percent\n"
	       "  -w             with -c: wall-clock time instead of system CPU time\n"
	       "  --summary-by=process  with -c: one table per process (-ff -o: in its file)\n"
	       "  -e EXPR        a qualifying expression: trace=[!]NAME|%%CLASS|all|none[,...]\n"
	       "  -f             follow forks\n"
	       "  -ff            follow forks, one output file per process (with -o)\n"
	       "  -h             print this help and exit\n"
	       "  -i             print the instruction pointer at each line\n"
	       "  -n             print the syscall number at each line\n"
	       "  -o FILE        write the trace to FILE instead of standard error\n"
	       "  -q, -qq, -qqq  suppress messages about attaching, exits, signals\n"
	       "  --report[=FILE] at the end, why the command failed: the failing process, its\n"
	       "                 last calls, failed calls, output, the process tree (implies -f)\n"
	       "  --report-lines=N  the last N calls of each failing process (default 10)\n"
	       "  -r             print the time since the previous line\n"
	       "                 (--relative-timestamps=s|ms|us|ns)\n"
	       "  -s STRSIZE     print at most STRSIZE bytes of each string (default 32)\n"
	       "  -t, -tt, -ttt  print the time of day, with microseconds, as Unix time\n"
	       "                 (--timestamps=[time|unix|none][,s|ms|us|ns])\n"
	       "  -T             print the time spent in each call (--syscall-times=s|ms|us|ns)\n"
	       "  -v             print environment, structures and arrays in full\n"
	       "  -V             print the version and exit\n"
	       "  -x, -xx        print non-ASCII strings, or all strings, in hexadecimal\n"
	       "  -X raw         print all arguments undecoded\n"
	       "\nSee strc(1).\n", opt.progname);
	exit(0);
}

static int parse_int(const char *s, int min, int max, const char *what)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (errno || end == s || *end || v < min || v > max)
		usage_error("invalid %s '%s'", what, s);
	return (int)v;
}

/* Long options without a short form. */
enum {
	OPT_SECCOMP = 0x100,
	OPT_NO_SECCOMP,
	OPT_KILL_ON_EXIT,
	OPT_OUTPUT_SEPARATELY,
	OPT_FRAME_LIMIT,
	OPT_DECODE_PIDS,
	OPT_TS,
	OPT_QUAL,
	OPT_REPORT,
	OPT_REPORT_LINES,
	OPT_SUMMARY_BY,
};

static const struct option long_options[] = {
	{ "output-append-mode", no_argument, NULL, 'A' },
	{ "columns", required_argument, NULL, 'a' },
	{ "detach-on", required_argument, NULL, 'b' },
	{ "summary-only", no_argument, NULL, 'c' },
	{ "summary", no_argument, NULL, 'C' },
	{ "daemonize", optional_argument, NULL, 'D' },
	{ "env", required_argument, NULL, 'E' },
	{ "follow-forks", no_argument, NULL, 'f' },
	{ "output-separately", no_argument, NULL, OPT_OUTPUT_SEPARATELY },
	{ "help", no_argument, NULL, 'h' },
	{ "interruptible", required_argument, NULL, 'I' },
	{ "instruction-pointer", no_argument, NULL, 'i' },
	{ "stack-traces", no_argument, NULL, 'k' },
	{ "stack-trace-frame-limit", required_argument, NULL, OPT_FRAME_LIMIT },
	{ "syscall-number", no_argument, NULL, 'n' },
	{ "output", required_argument, NULL, 'o' },
	{ "summary-syscall-overhead", required_argument, NULL, 'O' },
	{ "attach", required_argument, NULL, 'p' },
	{ "trace-path", required_argument, NULL, 'P' },
	{ "quiet", optional_argument, NULL, 'q' },
	{ "relative-timestamps", optional_argument, NULL, 'r' },
	{ "string-limit", required_argument, NULL, 's' },
	{ "summary-sort-by", required_argument, NULL, 'S' },
	{ "absolute-timestamps", optional_argument, NULL, OPT_TS },
	{ "timestamps", optional_argument, NULL, OPT_TS },
	{ "syscall-times", optional_argument, NULL, 'T' },
	{ "user", required_argument, NULL, 'u' },
	{ "summary-columns", required_argument, NULL, 'U' },
	{ "no-abbrev", no_argument, NULL, 'v' },
	{ "version", no_argument, NULL, 'V' },
	{ "summary-wall-clock", no_argument, NULL, 'w' },
	{ "strings-in-hex", optional_argument, NULL, 'x' },
	{ "const-print-style", required_argument, NULL, 'X' },
	{ "decode-fds", optional_argument, NULL, 'y' },
	{ "decode-pids", required_argument, NULL, OPT_DECODE_PIDS },
	{ "successful-only", no_argument, NULL, 'z' },
	{ "failed-only", no_argument, NULL, 'Z' },
	{ "seccomp-bpf", no_argument, NULL, OPT_SECCOMP },
	{ "no-seccomp-bpf", no_argument, NULL, OPT_NO_SECCOMP },
	{ "kill-on-exit", no_argument, NULL, OPT_KILL_ON_EXIT },
	{ "report", optional_argument, NULL, OPT_REPORT },
	{ "report-lines", required_argument, NULL, OPT_REPORT_LINES },
	{ "summary-by", required_argument, NULL, OPT_SUMMARY_BY },
	/* --trace=SET and friends are -e trace=SET */
	{ "trace", required_argument, NULL, OPT_QUAL },
	{ "trace-fds", required_argument, NULL, OPT_QUAL },
	{ "abbrev", required_argument, NULL, OPT_QUAL },
	{ "verbose", required_argument, NULL, OPT_QUAL },
	{ "raw", required_argument, NULL, OPT_QUAL },
	{ "signal", required_argument, NULL, OPT_QUAL },
	{ "signals", required_argument, NULL, OPT_QUAL },
	{ "read", required_argument, NULL, OPT_QUAL },
	{ "write", required_argument, NULL, OPT_QUAL },
	{ "fault", required_argument, NULL, OPT_QUAL },
	{ "inject", required_argument, NULL, OPT_QUAL },
	{ "status", required_argument, NULL, OPT_QUAL },
	{ "kvm", required_argument, NULL, OPT_QUAL },
	{ NULL, 0, NULL, 0 },
};

/* Options strace has that strc does not do yet: refused, never silently ignored. */
/* -z and -Z are status=successful and status=failed; mixing them, only the last counts. */
static void status_option(int successful)
{
	if (opt.successful_only || opt.failed_only) {
		if (!(opt.successful_only && opt.failed_only))
			warnx_("Only the last of -z/--successful-only/-Z/--failed-only options will "
			       "take effect. See status qualifier for more complex filters.");
		opt.successful_only = opt.failed_only = 1;
	} else if (successful) {
		opt.successful_only = 1;
	} else {
		opt.failed_only = 1;
	}
	if (qualify(successful ? "status=successful" : "status=failed") < 0)
		exit(1);
}

static void not_yet(const char *what)
{
	die("%s is not supported yet", what);
}

static void push(const char ***list, int *n, const char *item)
{
	const char **l = realloc(*list, (*n + 1) * sizeof(**list));

	if (!l)
		die("out of memory");
	l[(*n)++] = item;
	*list = l;
}

/* Whether the option getopt_long just returned was spelt long (strace names it so). */
static int long_form(char **argv)
{
	if (strncmp(argv[optind - 1], "--", 2) == 0)
		return 1;
	return optind >= 2 && optarg == argv[optind - 1] && strncmp(argv[optind - 2], "--", 2) == 0;
}

static void parse_options(int argc, char **argv)
{
	int c, idx;

	opterr = 0;
	while ((idx = -1, c = getopt_long(argc, argv, "+:Aa:b:cCdDe:E:fFhiI:knO:o:p:P:qrs:S:tTu:U:vVwxX:yYzZ",
				long_options, &idx)) != -1) {
		switch (c) {
		case 'A':
			opt.append = 1;
			break;
		case 'a':
			opt.align = parse_int(optarg, 0, INT_MAX, "-a argument");
			break;
		case 'b':
			if (strcmp(optarg, "execve"))
				usage_error("invalid -b argument: '%s'", optarg);
			opt.detach_on_execve = 1;
			break;
		case 'c':
			opt.count |= 1;	/* 3, with -C: refused in check_summary() */
			break;
		case 'C':
			opt.count |= 2;
			break;
		case 'd':
			break;	/* strace's debug output: nothing of ours to show */
		case 'D':
			opt.daemonize++;
			break;
		case 'e':
			if (qualify(optarg) < 0)
				exit(1);
			break;
		case OPT_QUAL: {
			char *spec;

			if (asprintf(&spec, "%s=%s", long_options[idx].name, optarg) < 0)
				die("out of memory");
			if (qualify(spec) < 0)
				exit(1);
			break;
		}
		case 'E':
			push(&opt.env, &opt.nenv, optarg);
			break;
		case 'f':
			if (opt.follow)
				opt.follow_ff = 1;
			opt.follow = 1;
			break;
		case 'F':
			opt.follow = 1;	/* strace's old spelling of -f */
			break;
		case OPT_OUTPUT_SEPARATELY:
			opt.follow_ff = 1;
			break;
		case 'h':
			usage();
			break;
		case 'i':
			opt.print_ip = 1;
			break;
		case 'I':
			opt.interruptible = parse_int(optarg, 1, 4, "-I argument");
			break;
		case 'k':
			opt.stack_trace = 1;
			break;
		case OPT_FRAME_LIMIT:
			opt.stack_frame_limit = parse_int(optarg, 1, INT_MAX, "stack trace frame limit");
			break;
		case 'n':
			opt.print_nr = 1;
			break;
		case 'o':
			opt.outfile = optarg;
			break;
		case 'O':
			if (summary_set_overhead(optarg) < 0)
				usage_error("invalid %s argument: '%s'", long_form(argv) ?
					    "--summary-syscall-overhead" : "-O", optarg);
			break;
		case 'p':
			push(&opt.pids, &opt.npids, optarg);
			break;
		case 'P':
			push(&opt.paths, &opt.npaths, optarg);
			break;
		case 'q':
			/* --quiet is -e quiet=, bare it is -q's set */
			if (idx >= 0 && strcmp(long_options[idx].name, "quiet") == 0) {
				char *spec = NULL;

				if (optarg && asprintf(&spec, "quiet=%s", optarg) < 0)
					die("out of memory");
				if (qualify(spec ? spec : "quiet=attach,personality") < 0)
					exit(1);
				free(spec);
			} else {
				opt.quiet++;
			}
			break;
		case 'r':
			opt.relative = 1;
			if (timing_opt_relative(optarg) < 0)
				usage_error("invalid --relative-timestamps argument: '%s'", optarg);
			break;
		case 's':
			opt.max_strlen = parse_int(optarg, 0, INT_MAX / 4, "-s argument");
			break;
		case 'S':
			opt.sort_by = optarg;
			if (summary_set_sort(optarg) < 0)
				usage_error("invalid sortby: '%s'", optarg);
			break;
		case 't':
			opt.timestamps++;
			timing_opt_t();
			break;
		case OPT_TS:
			opt.timestamps = opt.timestamps ? opt.timestamps : 1;
			if (timing_opt_absolute(optarg) < 0)
				usage_error("invalid --%s argument: '%s'", long_options[idx].name,
					    optarg);
			break;
		case 'T':
			opt.syscall_times = 1;
			if (timing_opt_syscall_times(optarg) < 0)
				usage_error("invalid --syscall-times argument: '%s'", optarg);
			break;
		case 'u':
			opt.username = optarg;
			break;
		case 'U': {
			size_t len = 2 * strlen(optarg) + 128;	/* the message quotes it twice */
			char *why = malloc(len);

			if (!why)
				die("out of memory");
			opt.columns = optarg;
			if (summary_set_columns(optarg, why, len) < 0)
				usage_error("%s", why);
			free(why);
			break;
		}
		case 'v':
			qualify("abbrev=none");	/* strace's -v, replaced by a later -e abbrev= */
			break;
		case 'V':
			printf("strc -- version %s\n", STRC_VERSION);
			exit(0);
		case 'w':
			opt.count_wall = 1;
			break;
		case 'x':
			if (!optarg)
				opt.xflag++;
			else if (strcmp(optarg, "non-ascii") == 0)
				opt.xflag = 1;
			else if (strcmp(optarg, "all") == 0)
				opt.xflag = 2;
			else
				usage_error("invalid --strings-in-hex argument: '%s'", optarg);
			break;
		case 'X':
			if (strcmp(optarg, "raw") == 0)
				opt.xlat_style = XLAT_RAW;
			else if (strcmp(optarg, "verbose") == 0)
				opt.xlat_style = opt.xlat_style == XLAT_RAW ? XLAT_RAW : XLAT_VERBOSE;	/* an earlier raw wins, as it did */
			else if (strcmp(optarg, "abbrev"))
				usage_error("invalid -X argument: '%s'", optarg);
			break;
		case 'y':
			if (!optarg)
				opt.decode_fds = opt.decode_fds ? DECODE_FD_ALL : DECODE_FD_PATH;
			else if (fdinfo_qualify(optarg) < 0)
				exit(1);
			break;
		case 'Y':
			opt.decode_pids |= 1;
			break;
		case OPT_DECODE_PIDS:
			opt.decode_pids |= decode_pids_parse(optarg);
			break;
		case 'z':
		case 'Z':
			status_option(c == 'z');
			break;
		case OPT_SECCOMP:
			opt.seccomp = 2;	/* asked for: say so when it cannot be */
			break;
		case OPT_NO_SECCOMP:
			opt.seccomp = 0;
			break;
		case OPT_KILL_ON_EXIT:
			opt.kill_on_exit = 1;
			break;
		case OPT_REPORT:
			opt.follow = 1;	/* the report is about every process */
			if (report_open(optarg) < 0)
				die("Can't fopen '%s': %s", optarg, strerror(errno));
			break;
		case OPT_SUMMARY_BY:
			if (summary_set_by(optarg) < 0)
				usage_error("invalid --summary-by argument: '%s'", optarg);
			break;
		case OPT_REPORT_LINES:
			if (report_set_lines(optarg) < 0)
				usage_error("invalid --report-lines argument: '%s'", optarg);
			break;
		case '?':
			if (optopt)
				usage_error("invalid option -- '%c'", optopt);
			usage_error("unrecognized option '%s'", argv[optind - 1]);
		case ':':
			if (optopt && optopt < 0x100)
				usage_error("option requires an argument -- '%c'", optopt);
			usage_error("option '%s' requires an argument", argv[optind - 1]);
		default:
			usage_error("invalid option");
		}
	}
}

/* What strace refuses or warns about in -c/-C's options, in its order. */
static void check_summary(void)
{
	static const struct {
		const int *set;
		const char *what;
	} no_effect[] = {
		{ &opt.print_ip, "-i/--instruction-pointer" },
		{ &opt.stack_trace, "-k/--stack-traces" },
		{ &opt.print_nr, "-n/--syscall-number" },
		{ &opt.relative, "-r/--relative-timestamps" },
		{ &opt.timestamps, "-t/--absolute-timestamps" },
		{ &opt.syscall_times, "-T/--syscall-times" },
		{ &opt.decode_fds, "-y/--decode-fds" },
	};
	static const char with_c[] = "(-c/--summary-only or -C/--summary)";

	if (opt.count == 3)
		usage_error("-c/--summary-only and -C/--summary are mutually exclusive");
	if (opt.count && opt.follow_ff && !summary_by_process())
		usage_error("%s and -ff/--output-separately are mutually exclusive", with_c);
	if (opt.count_wall && !opt.count)
		usage_error("-w/--summary-wall-clock must be given with %s", with_c);
	if (opt.columns && !opt.count)
		usage_error("-U/--summary-columns must be given with %s", with_c);
	if (opt.sort_by && !opt.count)
		fprintf(stderr, "%s: -S/--summary-sort-by has no effect without %s\n",
			opt.progname, with_c);
	if (opt.count != 1)
		return;
	for (size_t i = 0; i < sizeof(no_effect) / sizeof(no_effect[0]); i++)
		if (*no_effect[i].set)
			fprintf(stderr, "%s: %s has no effect with -c/--summary-only\n",
				opt.progname, no_effect[i].what);
}

/* What is parsed but not built yet says so; remove a line here when its option works. */
static void refuse_unbuilt(void)
{
	if (opt.decode_pids & 2) not_yet("--decode-pids=pidns");
}

int main(int argc, char **argv)
{
	const char *slash = argc > 0 ? strrchr(argv[0], '/') : NULL;

	die_set_flush(output_flush_all);
	if (argc > 0)
		opt.progname = slash ? slash + 1 : argv[0];
	parse_options(argc, argv);
	check_summary();
	refuse_unbuilt();
	timing_init();
	if (opt.quiet && quiet_qualified())
		die("-q and -e quiet/--quiet cannot be provided simultaneously");
	/* strace is quiet about attaching to the command's children when they go to -o */
	if (opt.outfile && optind < argc && !quiet_qualified())
		opt.quiet = opt.quiet ? opt.quiet : 1;
	pathtrace_init();
	if (optind >= argc && !opt.npids)
		usage_error("must have PROG [ARGS] or -p PID");
	tracer_init_output();
	probe_kernel();
	command_lookup_user();
	if (optind < argc)
		tracer_start_command(argv + optind);
	if (opt.npids && tracer_attach(opt.pids, opt.npids) < 0)
		exit(1);
	tracer_setup_signals();
	tracer_loop();
	if (opt.count) {
		output_use(tracer_main_output());
		summary_print();
	}
	output_flush_all();
	report_print();
	return tracer_exit_code();
}
