@echo off
rem anneal @VERSION@, installed: runs lib\anneal.jar on a Java 17 or later (%ANNEAL_JAVA%, else
rem %JAVA_HOME%\bin\java.exe, else java on the PATH). No Maven, no build, no network.
rem On Java 19 and later the JVM keeps a class cache for this install in
rem %LOCALAPPDATA%\anneal (made on the first run, never in the install folder); on Java 17 and 18
rem anneal runs without one.
setlocal
set "ANNEAL_HOME=%~dp0.."
set "ANNEAL_JAR=%ANNEAL_HOME%\lib\anneal.jar"
if defined ANNEAL_JAVA (
  set "JAVA_EXE=%ANNEAL_JAVA%"
) else if exist "%ANNEAL_HOME%\runtime\bin\java.exe" (
  set "JAVA_EXE=%ANNEAL_HOME%\runtime\bin\java.exe"
) else if defined JAVA_HOME (
  set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVA_EXE=java"
)
"%JAVA_EXE%" -version >nul 2>&1
if errorlevel 1 (
  echo anneal: no Java found: install Java 17 or later, or set JAVA_HOME 1>&2
  exit /b 2
)
rem its major version, from the first line of java -version: "17.0.15", "1.8.0_402"...
set "JAVA_MAJOR=0"
for /f "tokens=3" %%v in ('cmd /c ""%JAVA_EXE%" -version 2>&1 | findstr /i /c:"version""') do (
  for /f "delims=.-+_" %%m in (%%v) do set "JAVA_MAJOR=%%m"
)
if %JAVA_MAJOR% LSS 17 (
  echo anneal: Java 17 or later is needed; %JAVA_EXE% is not ^(set JAVA_HOME or ANNEAL_JAVA^) 1>&2
  exit /b 2
)
set "ANNEAL_CACHE="
if defined LOCALAPPDATA (
  if not exist "%LOCALAPPDATA%\anneal" mkdir "%LOCALAPPDATA%\anneal" >nul 2>&1
  if exist "%LOCALAPPDATA%\anneal" set "ANNEAL_CACHE=-XX:SharedArchiveFile=%LOCALAPPDATA%\anneal\anneal-@VERSION@.jsa"
)
if defined ANNEAL_CACHE (
  "%JAVA_EXE%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:disable -Xlog:all=error:stderr -Xshare:auto -XX:+IgnoreUnrecognizedVMOptions -XX:+AutoCreateSharedArchive "%ANNEAL_CACHE%" -jar "%ANNEAL_JAR%" %*
) else (
  "%JAVA_EXE%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:disable -Xlog:all=error:stderr -jar "%ANNEAL_JAR%" %*
)
exit /b %ERRORLEVEL%
