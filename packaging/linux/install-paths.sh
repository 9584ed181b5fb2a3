# Where install.sh puts ptplanner and uninstall.sh removes it from (sourced by both).
SCOPE=
for arg in "$@"; do
  case "$arg" in
    --user) SCOPE=user ;;
    --system) SCOPE=system ;;
    *) echo "$(basename "$0"): unknown option $arg (use --user or --system)" >&2; exit 2 ;;
  esac
done
MARK=.ptplanner-install  # marks a folder and a launcher this installer made: nothing else is removed
# The installed uninstall.sh removes what install.sh put there, whoever runs it; otherwise root means system.
if [ -z "$SCOPE" ] && [ -f "$HERE/$MARK" ]; then SCOPE=$(sed -n 's/^scope=//p' "$HERE/$MARK"); fi
[ -n "$SCOPE" ] || { [ "$(id -u)" = 0 ] && SCOPE=system || SCOPE=user; }
DATA_DIR=${XDG_DATA_HOME:-$HOME/.local/share}/ptplanner  # the clinic's data: never installed into or removed
if [ "$SCOPE" = system ]; then
  ROOT=${PTPLANNER_DESTDIR:-}
  APP=$ROOT/opt/ptplanner
  BIN=$ROOT/usr/local/bin
  SHARE=$ROOT/usr/local/share
else
  APP=$HOME/.local/opt/ptplanner
  BIN=$HOME/.local/bin
  SHARE=${XDG_DATA_HOME:-$HOME/.local/share}
fi
