// cairn:check found the broken link, logged it as an error with file:line:col, and failed
// the Maven build with a message saying why.
def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] error: .*content.pages.01-only\.md:6:24: broken link "\/nope\.html"/
assert log.contains('cairn check: problems at or above "error"')
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'public').exists() // check writes no site
return true
