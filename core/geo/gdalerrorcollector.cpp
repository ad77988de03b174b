#include "gdalerrorcollector.h"

#include <cpl_error.h>
#include <gdal.h>
#include <ogrsf_frmts.h>

#include <mutex>

namespace atlas {
namespace {

void CPL_STDCALL collect(CPLErr level, CPLErrorNum, const char *message)
{
    auto *self = static_cast<GdalErrorCollector *>(CPLGetErrorHandlerUserData());
    if (!self)
        return;
    self->add(level >= CE_Failure, QString::fromUtf8(message).trimmed());
}

} // namespace

GdalErrorCollector::GdalErrorCollector()
{
    CPLPushErrorHandlerEx(collect, this);
}

GdalErrorCollector::~GdalErrorCollector()
{
    CPLPopErrorHandler();
}

void ensureGdalRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] {
        RegisterOGRShape();
        RegisterOGRGeoJSON();
        RegisterOGRTopoJSON();
        RegisterOGRFlatGeobuf();
    });
}

void ensureAllGdalDriversRegistered()
{
    ensureGdalRegistered();  // first, so the common formats keep their place in the driver order
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

} // namespace atlas
