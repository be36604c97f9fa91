package runtime

import (
	"errors"
	"io"
	"os"

	"golang.org/x/sys/unix"
)

// RandomBytes fills b from the kernel's random source: os.urandom, and
// random's seed when none is given. It calls getrandom(2) as crypto/rand
// does, falling back as it does to /dev/urandom on a kernel without the
// call, but without importing crypto/rand, which links Go's whole FIPS 140
// module: some twenty packages whose inits run at every start
// (docs/performance.md, "Package initialisation: the rest").
func RandomBytes(b []byte) error {
	for len(b) > 0 {
		// A request of more than 256 bytes can be cut short by a signal;
		// crypto/rand reads at most 32 MiB per call.
		n, err := unix.Getrandom(b[:min(len(b), 1<<25)], 0)
		switch {
		case err == nil:
			b = b[n:]
		case errors.Is(err, unix.EINTR):
		case errors.Is(err, unix.ENOSYS):
			return readDevURandom(b)
		default:
			return err
		}
	}
	return nil
}

func readDevURandom(b []byte) error {
	f, err := os.Open("/dev/urandom")
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = io.ReadFull(f, b)
	return err
}
