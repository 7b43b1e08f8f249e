/*
 * fuzzsys.c: a seeded random-syscall driver, traced by tests/fuzz/fuzz.py under every
 * decoding option. `fuzzsys SEED COUNT DENIED-NR,...` makes COUNT calls with random numbers and random
 * arguments (small ints, -1, huge values, pointers to random bytes, to unmapped pages, to
 * the last bytes before an unmapped page, NULL) and exits 0. The same seed makes the same
 * calls, so a failure found once is replayed with its seed.
 *
 * It must not hurt the machine or itself: calls that end, signal or replace the process, map
 * or unmap over it, change its signal handling, its credentials, the machine's state or
 * another process are never made (their numbers come in argv: fuzz.py names them and finds
 * their numbers in syscalltab/, where strc's own tables come from). Paths it makes
 * up hold no '/', so files land in the current directory, which fuzz.py makes a scratch one
 * two levels down (".." stays inside it). A repeating SIGALRM breaks any call that blocks.
 */
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <grp.h>
#include <sys/mman.h>
#include <sys/time.h>
#include <unistd.h>

/* numbers past the last real call are tried too: strc prints them as syscall_0x... */
#define MAX_NR 480
#define X32_BIT 0x40000000L	/* x86_64's x32 calls: the same table, another ABI */

/* the numbers never called, from argv: fuzz.py names them and looks them up in syscalltab */
static long *denied_nrs;
static size_t n_denied;

static uint64_t state;
static unsigned char *bytes;	/* a page of random bytes, followed by an unmapped page */
static long page;

static uint64_t next(void)
{
	/* xorshift64*: small, and the same on every machine */
	state ^= state >> 12;
	state ^= state << 25;
	state ^= state >> 27;
	return state * 2685821657736338717ULL;
}

static int denied(long nr)
{
	for (size_t i = 0; i < n_denied; i++)
		if (denied_nrs[i] == nr)
			return 1;
	return 0;
}

static void parse_denied(char *list)
{
	size_t cap = 1;

	for (char *c = list; *c; c++)
		cap += *c == ',';
	denied_nrs = calloc(cap, sizeof(*denied_nrs));
	for (char *tok = strtok(list, ","); tok; tok = strtok(NULL, ","))
		denied_nrs[n_denied++] = strtol(tok, NULL, 0);
}

static long pick_nr(void)
{
	long nr;

	do {
		switch (next() % 16) {
		case 0:
			nr = X32_BIT | (long)(next() % MAX_NR);
			break;
		case 1:
			nr = (long)(next() % 100000);
			break;
		default:
			nr = (long)(next() % MAX_NR);
		}
	} while (denied(nr));
	return nr;
}

static void refill(void)
{
	for (long i = 0; i < page; i++) {
		unsigned char c = (unsigned char)next();

		/* no '/': a made-up path must stay in the scratch directory */
		bytes[i] = c == '/' ? '.' : c;
	}
}

static long pick_arg(void)
{
	static const long huge[] = { -1L, 0x7fffffffL, 0xffffffffL, 0x80000000L,
				     (long)0x8000000000000000UL, 0x7fffffffffffffffL,
				     -4096L, (long)0xffffffff00000000UL };

	switch (next() % 10) {
	case 0:
		return 0;
	case 1:
	case 2:
		return (long)(next() % 20);
	case 3:
		return -1;
	case 4:
		return huge[next() % (sizeof(huge) / sizeof(huge[0]))];
	case 5:
		return (long)(bytes + next() % page);
	case 6:
		return (long)(bytes + page - 1 - next() % 16);	/* runs into the hole */
	case 7:
		return (long)(bytes + page + next() % page);	/* the hole itself */
	case 8:
		return (long)bytes;
	default:
		return (long)next();
	}
}

static void on_alarm(int sig)
{
	(void)sig;	/* only there to interrupt: no SA_RESTART */
}

static void setup(void)
{
	struct sigaction sa;
	struct itimerval tick = { { 0, 20000 }, { 0, 20000 } };

	page = sysconf(_SC_PAGESIZE);
	bytes = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (bytes == MAP_FAILED) {
		perror("fuzzsys: mmap");
		exit(2);
	}
	munmap(bytes + page, page);
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_alarm;
	sigaction(SIGALRM, &sa, NULL);
	setitimer(ITIMER_REAL, &tick, NULL);
}

/*
 * Run as root, random calls can still reach the machine through descriptors the denied list
 * cannot foresee (an ioctl marking a directory above the scratch tree immutable, say): the
 * driver gives up root before its first random call, as nobody (65534), so the kernel refuses
 * whatever needs privilege. fuzz.py gives that user the scratch directory.
 */
static int drop_root(void)
{
	gid_t none[1];

	if (geteuid() != 0)
		return 0;
	if (setgroups(0, none) < 0 || setresgid(65534, 65534, 65534) < 0 ||
	    setresuid(65534, 65534, 65534) < 0)
		return -1;
	return 0;
}

int main(int argc, char **argv)
{
	long count;

	if (argc != 4) {
		fprintf(stderr, "usage: fuzzsys SEED COUNT DENIED-NR,...\n");
		return 2;
	}
	parse_denied(argv[3]);
	if (drop_root() < 0) {
		perror("fuzzsys: giving up root");
		return 2;
	}
	state = strtoull(argv[1], NULL, 0) * 0x9e3779b97f4a7c15ULL + 1;
	count = strtol(argv[2], NULL, 0);
	setup();
	for (long i = 0; i < count; i++) {
		long nr = pick_nr();
		long a[6];

		if (i % 64 == 0)
			refill();
		for (int k = 0; k < 6; k++)
			a[k] = pick_arg();
		syscall(nr, a[0], a[1], a[2], a[3], a[4], a[5]);
	}
	return 0;
}
