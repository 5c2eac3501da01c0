# Sourced by ./avalanche, ./run-tests and .ci/run: sets JAVA_HOME to a JDK 25 or newer, or says what
# to install and returns 1. Order: $JAVA_HOME when it is 25+, then /usr/lib/jvm/*, newest first.

avalanche_java_major() { # prints the feature version of the JDK at $1, or nothing
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  # The JDK's release file says it without starting a JVM (a tenth of a second saved per launch).
  if [ -f "$1/release" ] && grep -q '^JAVA_VERSION="[0-9]' "$1/release"; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" | head -n 1
    return 0
  fi
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

avalanche_find_jdk25() {
  local candidate major
  if [ -n "${JAVA_HOME:-}" ]; then
    major=$(avalanche_java_major "$JAVA_HOME")
    if [ -n "$major" ] && [ "$major" -ge 25 ]; then return 0; fi
  fi
  for candidate in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    candidate=${candidate%/}
    major=$(avalanche_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 25 ]; then
      export JAVA_HOME="$candidate"
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  done
  echo "avalanche: no JDK 25 found (JAVA_HOME is not 25+, none under /usr/lib/jvm); install one, e.g. 'apt-get install temurin-25-jdk', or set JAVA_HOME" >&2
  return 1
}
