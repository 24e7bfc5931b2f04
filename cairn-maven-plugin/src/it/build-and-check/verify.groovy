// cairn:build wrote the site into target/guide (package), cairn:check passed and wrote its
// JUnit report (verify); both ran in Maven's JVM, with cairn's lines in Maven's log.
def log = new File(basedir, 'build.log').text
def page = new File(basedir, 'target/guide/second.html')
assert page.isFile() : 'target/guide/second.html was not built'
assert page.text.contains('href="/first.html"')
assert page.text.contains('<link rel="canonical" href="https://guide.example.org/second.html"')
assert log =~ /\[INFO\] Built 2 pages, 0 posts, \d+ files in \d+ ms -> .*target.guide/
def report = new File(basedir, 'target/cairn-check.xml')
assert report.isFile() : 'no JUnit report'
assert report.text.contains('<testsuite') && report.text.contains('failures="0"') : report.text
assert log.contains('BUILD SUCCESS')
assert !log.contains('java -jar') // no forked process
return true
