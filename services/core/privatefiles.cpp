#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileDevice>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Atelier {

namespace {

constexpr QFileDevice::Permissions kOwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString lastSystemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

Status PrivateFiles::makeFolder(const QString &path)
{
    if (!QDir().mkpath(path))
        return Error{tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(path)), {}};
    if (::chmod(QFile::encodeName(path).constData(), S_IRWXU) != 0)
        return Error{tr("The folder %1 cannot be made private to you (mode 700).").arg(QDir::toNativeSeparators(path)),
                     lastSystemError()};
    return Done{};
}

Status PrivateFiles::restrictToOwner(const QString &path)
{
    if (::chmod(QFile::encodeName(path).constData(), S_IRUSR | S_IWUSR) != 0)
        return Error{tr("%1 cannot be made private to you (mode 600).").arg(QDir::toNativeSeparators(path)), lastSystemError()};
    return Done{};
}

Status PrivateFiles::restrictToOwner(QFileDevice &file)
{
    if (!file.setPermissions(kOwnerFile))
        return Error{tr("%1 cannot be made private to you (mode 600): %2")
                         .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()),
                     file.errorString()};
    return Done{};
}

Status PrivateFiles::createEmpty(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        if (errno == EEXIST) // someone made it meanwhile: theirs to keep as it is
            return Done{};
        const QString problem = lastSystemError();
        return Error{tr("%1 cannot be created: %2").arg(QDir::toNativeSeparators(path), problem), problem};
    }
    // A umask stricter than 077 would take the owner's bits too; the new file is ours alone, so it is set outright.
    const bool set = ::fchmod(fd, S_IRUSR | S_IWUSR) == 0;
    const QString problem = set ? QString() : lastSystemError();
    ::close(fd);
    if (!set)
        return Error{tr("%1 cannot be made private to you (mode 600).").arg(QDir::toNativeSeparators(path)), problem};
    return Done{};
}

bool PrivateFiles::isShared(const QString &path)
{
    struct stat info;
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 && (info.st_mode & (S_IRWXG | S_IRWXO)) != 0;
}

} // namespace Atelier
