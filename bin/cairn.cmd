@echo off
rem cairn launcher for Windows (cmd.exe and PowerShell). Works in three layouts:
rem   portable zip:    cairn-VERSION\{bin\cairn.cmd, lib\cairn.jar}, java from JAVA_HOME or PATH (17 or newer)
rem   release image:   the same with runtime\bin\java.exe, which is then used
rem   source checkout: bin\cairn.cmd + target\cairn.jar ("mvn -B package -DskipTests")
rem Extra JVM options: CAIRN_JAVA_OPTS (e.g. set CAIRN_JAVA_OPTS=-Xmx2g). The JVM options are
rem chosen as bin/cairn chooses them; see docs/distribution.md.
setlocal EnableExtensions DisableDelayedExpansion

for %%I in ("%~dp0..") do set "CAIRN_ROOT=%%~fI"
if exist "%CAIRN_ROOT%\lib\cairn.jar" (
  set "CAIRN_LIB=%CAIRN_ROOT%\lib"
) else if exist "%CAIRN_ROOT%\target\cairn.jar" (
  set "CAIRN_LIB=%CAIRN_ROOT%\target"
) else (
  echo cairn: cannot find cairn.jar next to %~f0 ^(in a checkout, run: mvn -B -q package -DskipTests^) 1>&2
  exit /b 70
)

set "CAIRN_JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "CAIRN_JAVA=%JAVA_HOME%\bin\java.exe"
if exist "%CAIRN_ROOT%\runtime\bin\java.exe" set "CAIRN_JAVA=%CAIRN_ROOT%\runtime\bin\java.exe"
set "CAIRN_JAR=%CAIRN_LIB%\cairn.jar"
set "CAIRN_OPTS="

rem Start-up archives, each used only when present and made for this jar and java (the JVM
rem ignores a stale one silently; logging is switched off for that): the JDK 25 AOT cache
rem (lib\cairn.aot, for the java named in lib\cairn.aot.java), else a CDS archive (lib\cairn.jsa).
set "CAIRN_AOT_JAVA="
if exist "%CAIRN_LIB%\cairn.aot.java" set /p CAIRN_AOT_JAVA=<"%CAIRN_LIB%\cairn.aot.java"
if exist "%CAIRN_LIB%\cairn.aot" if "%CAIRN_AOT_JAVA%"=="%CAIRN_JAVA%" (
  set "CAIRN_OPTS=-XX:AOTCache=%CAIRN_LIB%\cairn.aot -Xlog:aot=off -Xlog:cds=off"
  goto jit
)
if exist "%CAIRN_LIB%\cairn.jsa" set "CAIRN_OPTS=-XX:SharedArchiveFile=%CAIRN_LIB%\cairn.jsa -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off"

:jit
rem JIT, as in bin/cairn: a one-shot build or check of a guide under 3,000 Markdown files runs
rem with C1 only and the serial collector; a bigger one that has a build cache with C1 only; a
rem bigger site from scratch, serve and everything else with the JVM's defaults.
rem CAIRN_JAVA_OPTS comes last, so it can override this.
set "CAIRN_CMD=%~1"
if /i not "%CAIRN_CMD%"=="build" if /i not "%CAIRN_CMD%"=="check" goto run
set "CAIRN_SRC=."
set "CAIRN_CACHED=yes"
:arg
shift
if "%~1"=="" goto counted
if "%~1"=="-s" set "CAIRN_SRC=%~2"
rem cmd.exe splits --source=DIR at "=", so it arrives here as --source DIR
if "%~1"=="--source" set "CAIRN_SRC=%~2"
if "%~1"=="--no-cache" set "CAIRN_CACHED=no"
goto arg
:counted
set "CAIRN_WARM="
if "%CAIRN_CACHED%"=="yes" (
  for /f "delims=" %%F in ('dir /b /a-d "%CAIRN_SRC%\.cairn\cache\markdown" 2^>nul') do set "CAIRN_WARM=yes"
)
set "CAIRN_PAGES=0"
for /f "delims=" %%F in ('dir /s /b /a-d "%CAIRN_SRC%\content\*.md" "%CAIRN_SRC%\content\*.markdown" 2^>nul') do set /a CAIRN_PAGES+=1 >nul
if %CAIRN_PAGES% LSS 3000 (
  set "CAIRN_OPTS=%CAIRN_OPTS% -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
) else if defined CAIRN_WARM (
  set "CAIRN_OPTS=%CAIRN_OPTS% -XX:TieredStopAtLevel=1"
)

:run
"%CAIRN_JAVA%" %CAIRN_OPTS% %CAIRN_JAVA_OPTS% -cp "%CAIRN_JAR%" cairn.cli.Main %*
exit /b %ERRORLEVEL%
