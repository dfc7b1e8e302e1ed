// The file I/O floor of a build: the files it wrote, read into memory first, then written again
// under a new folder, with nothing else done. Only the writing is timed (folders made, each file
// opened, written and closed), on THREADS threads taking the files in turn.
// usage: io-floor DEST THREADS SOURCE...   (each SOURCE folder is copied to DEST/<its name>)
// Prints "FILES BYTES SECONDS". Built and run by scripts/bench.
#define _GNU_SOURCE
#include <fcntl.h>
#include <ftw.h>
#include <libgen.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

typedef struct { char *path; char *data; size_t size; int folder; } Entry;

static Entry *entries;
static size_t count, capacity, total;
static size_t prefix;          // bytes of the source path left out of each entry's path
static const char *source;     // the source folder being read, named under DEST by its last component
static const char *destination;
static int threads;

static void fail(const char *what, const char *path) { perror(path); fprintf(stderr, "io-floor: cannot %s\n", what); exit(1); }

static int add(const char *path, const struct stat *info, int kind, struct FTW *walk) {
  (void)walk;
  if (kind != FTW_F && kind != FTW_D) return 0;
  if (count == capacity) entries = realloc(entries, (capacity = capacity ? 2 * capacity : 4096) * sizeof *entries);
  Entry e = { .folder = kind == FTW_D };
  char *copy = strdup(source), *name = basename(copy);
  if (asprintf(&e.path, "%s/%s%s", destination, name, path + prefix) < 0) fail("name a file", path);
  free(copy);
  if (!e.folder) {
    int fd = open(path, O_RDONLY);
    if (fd < 0) fail("read", path);
    e.size = (size_t)info->st_size;
    e.data = malloc(e.size + 1);
    if (read(fd, e.data, e.size) != (ssize_t)e.size) fail("read", path);
    close(fd);
    total += e.size;
  }
  entries[count++] = e;
  return 0;
}

static void *write_files(void *arg) {
  long me = (long)arg;
  for (size_t i = 0; i < count; i++) {
    if (entries[i].folder || (long)(i % (size_t)threads) != me) continue;
    int fd = open(entries[i].path, O_CREAT | O_WRONLY | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) fail("write", entries[i].path);
    for (size_t done = 0; done < entries[i].size;) {
      ssize_t n = write(fd, entries[i].data + done, entries[i].size - done);
      if (n <= 0) fail("write", entries[i].path);
      done += (size_t)n;
    }
    close(fd);
  }
  return NULL;
}

int main(int argc, char **argv) {
  if (argc < 4) { fprintf(stderr, "usage: io-floor DEST THREADS SOURCE...\n"); return 2; }
  destination = argv[1];
  threads = atoi(argv[2]);
  if (threads < 1 || threads > 64) { fprintf(stderr, "io-floor: THREADS is 1 to 64\n"); return 2; }
  for (int k = 3; k < argc; k++) {
    source = argv[k];
    prefix = strlen(source);
    if (nftw(source, add, 64, FTW_PHYS) != 0) fail("list", source);
  }
  struct timespec start, end;
  clock_gettime(CLOCK_MONOTONIC, &start);
  if (mkdir(destination, 0755) != 0) fail("make the destination (it must not exist)", destination);
  for (size_t i = 0; i < count; i++)  // nftw lists a folder before what it holds
    if (entries[i].folder && mkdir(entries[i].path, 0755) != 0) fail("make a folder", entries[i].path);
  pthread_t workers[64];
  for (long t = 0; t < threads; t++) pthread_create(&workers[t], NULL, write_files, (void *)t);
  for (int t = 0; t < threads; t++) pthread_join(workers[t], NULL);
  clock_gettime(CLOCK_MONOTONIC, &end);
  size_t files = 0;
  for (size_t i = 0; i < count; i++) files += !entries[i].folder;
  printf("%zu %zu %.3f\n", files, total, (double)(end.tv_sec - start.tv_sec) + (double)(end.tv_nsec - start.tv_nsec) / 1e9);
  return 0;
}
