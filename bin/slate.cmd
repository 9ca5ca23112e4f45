@echo off
rem slate: runs the Slate command from an unpacked archive (bin\ beside lib\slate.jar).
rem JAVA_HOME picks the Java to run; SLATE_JAVA_OPTS adds JVM options (e.g. -Xmx4g over the 1 GB heap ceiling).
setlocal
set "SLATE_HOME=%~dp0.."
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
"%JAVA%" -Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC %SLATE_JAVA_OPTS% -jar "%SLATE_HOME%\lib\slate.jar" %*
exit /b %ERRORLEVEL%
