# The start command of the test "httpd" image (test/harness/images.ts copies it to /enclave/httpd.sh).
# Writes the page, then serves /www with busybox httpd on $HOST:$PORT, by default 127.0.0.1:8080: only a forwarder
# inside the container reaches it, as Enclave's tunnel does. ENCLAVE_SESSION names the session (default $HOSTNAME,
# i.e. the container id's first 12 characters), ENCLAVE_PAGE is the title.
esc() { printf '%s' "$1" | sed 's/&/\&amp;/g; s/</\&lt;/g; s/>/\&gt;/g; s/"/\&quot;/g'; }
title=$(esc "${ENCLAVE_PAGE:-Enclave test httpd}")
session=$(esc "${ENCLAVE_SESSION:-$HOSTNAME}")
printf '<!doctype html><title>%s</title><h1>%s</h1><p id="session">session %s</p>\n' "$title" "$title" "$session" \
  > /www/index.html

# PID 1 has no default signal actions, so httpd as PID 1 would ignore `docker stop`'s SIGTERM; sh with a trap does not
# (and when PID 1 exits, the kernel ends the rest of the container).
trap 'exit 0' TERM INT
httpd -f -p "${HOST:-127.0.0.1}:${PORT:-8080}" -h /www &
wait $!
